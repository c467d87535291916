package com.optimacut.ejb.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * An outbox message as the administrator's list shows it, without the body.
 *
 * @param sentAt {@code null} while the message waits
 * @param lastError the last SMTP failure, or {@code null}
 */
public record OutboxEntry(long id, String kind, String recipient, String subject, Instant createdAt,
        int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) implements Serializable {
}
