/**
 * In-container tests of the reports: projects and revenue by lead source, summed in PostgreSQL.
 */
package com.optimacut.it.report;
