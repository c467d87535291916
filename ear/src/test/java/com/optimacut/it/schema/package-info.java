/**
 * System tests of the database schema that the application migrates at deployment.
 */
package com.optimacut.it.schema;
