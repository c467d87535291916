/**
 * Inquiries («Заявки»): recording them from a client or a new contact, refusing them with a reason,
 * linking each to the one project made from it, and the conversion report by period and lead
 * source, counted in the database.
 */
package com.optimacut.ejb.inquiry;
