/**
 * Prices a project for managers. The service maps the material catalogue, the client's layouts and
 * profile and the discount settings onto the container-free pricing rules. It renders «Материалы» →
 * «Подробнее» line by line in the caller's language, records the total, proposes discounts and
 * records the one a manager applies.
 */
package com.optimacut.ejb.pricing;
