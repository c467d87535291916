package com.optimacut.ejb.mail;

/** A rendered e-mail: subject, plain text and the HTML alternative. */
public record MailText(String subject, String plain, String html) {
}
