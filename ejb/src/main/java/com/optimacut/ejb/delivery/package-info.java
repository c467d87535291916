/**
 * «Доставки»: the projects with an address, a contact person and a date, and the courier request
 * («Отправить заявку в курьерскую службу», «Сбросить») with its recorded sends and resets.
 */
package com.optimacut.ejb.delivery;
