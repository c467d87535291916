/**
 * System tests of outgoing mail through the mail session {@code mail/optimacut} and a real SMTP
 * server on loopback (GreenMail).
 */
package com.optimacut.it.mail;
