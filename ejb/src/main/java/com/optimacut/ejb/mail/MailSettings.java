package com.optimacut.ejb.mail;

/**
 * Server settings of the outbox, read from system properties that the server configuration
 * sets ({@code server-config/payara/mail.asadmin}).
 */
final class MailSettings {

    /** {@code false} keeps mail in the outbox without contacting SMTP (the quick start). */
    static final String SEND_PROPERTY = "optimacut.mail.send";
    /** Seconds between two outbox passes. */
    static final String POLL_PROPERTY = "optimacut.mail.poll-seconds";

    static final int DEFAULT_POLL_SECONDS = 10;

    private MailSettings() {
    }

    static boolean sendingEnabled() {
        return Boolean.parseBoolean(System.getProperty(SEND_PROPERTY, "true"));
    }

    static int pollSeconds() {
        try {
            return Math.max(1, Integer.parseInt(System.getProperty(POLL_PROPERTY, "")));
        } catch (NumberFormatException e) {
            return DEFAULT_POLL_SECONDS;
        }
    }
}
