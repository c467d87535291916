/**
 * Inquiries («Заявки»): incoming requests from a client or a new contact, which become a project
 * or are refused with a reason. Their outcomes by period and lead source give the conversion.
 */
package com.optimacut.domain.inquiry;
