/**
 * The mail outbox: messages written in the same transaction as the business change that
 * causes them, and delivered later with retries, so an SMTP outage delays mail but loses none.
 */
package com.optimacut.domain.mail;
