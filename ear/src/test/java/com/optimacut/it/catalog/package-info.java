/** System tests of the material catalogue, executors, lead sources and settings services. */
package com.optimacut.it.catalog;
