/**
 * Clients and what belongs to them: contacts, special terms and prices, the files they sent
 * (layouts with their measured or hand-entered dimensions), and the managed list of lead sources,
 * the channels clients come from.
 */
package com.optimacut.domain.client;
