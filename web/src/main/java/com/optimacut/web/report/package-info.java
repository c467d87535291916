/** «Источники клиентов»: the conversion of inquiries by lead source for a period, as a chart and a table. */
package com.optimacut.web.report;
