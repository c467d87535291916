/**
 * What administrators keep for everyone else: the material catalogue, the executors with their
 * trades and competencies, the list of lead sources («Откуда о нас узнали») and the application
 * settings (courier address, deadline escalation, discount tiers).
 */
package com.optimacut.ejb.catalog;
