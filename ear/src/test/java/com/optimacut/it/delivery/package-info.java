/**
 * System tests of «Доставки» and the courier request: the deliveries list, sending once until a
 * reset, and the e-mails that reach the SMTP server, also across an SMTP outage.
 */
package com.optimacut.it.delivery;
