/**
 * Outgoing e-mail. Services put messages in the outbox inside their own transaction
 * ({@link com.optimacut.ejb.mail.MailOutbox}); a timer on every node delivers due messages
 * through the mail session {@code mail/optimacut}, retrying with backoff while SMTP is down.
 */
package com.optimacut.ejb.mail;
