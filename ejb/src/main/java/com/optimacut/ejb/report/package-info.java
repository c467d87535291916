/**
 * Reports summed in the database: projects and revenue by lead source for a period, which the
 * «Источники клиентов» screen shows beside the conversion of inquiries.
 */
package com.optimacut.ejb.report;
