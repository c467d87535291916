/**
 * Database schema upgrades: Flyway applies the migrations shipped in the domain module when the
 * application starts, before anything else touches the database.
 */
package com.optimacut.ejb.schema;
