package com.optimacut.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static OutboxMail mail() {
        return new OutboxMail("TEST", "a@example.test", "subject", "text", null, NOW);
    }

    @Test
    void newMessageIsDueAtOnce() {
        assertEquals(NOW, mail().getNextAttemptAt());
    }

    @Test
    void firstFailureRetriesAfterTenSeconds() {
        OutboxMail mail = mail();

        mail.markFailed("connection refused", NOW);

        assertEquals(NOW.plusSeconds(10), mail.getNextAttemptAt());
        assertFalse(mail.isSent());
    }

    @Test
    void retryDelayDoubles() {
        assertEquals(Duration.ofSeconds(20), OutboxMail.retryDelay(2));
        assertEquals(Duration.ofSeconds(40), OutboxMail.retryDelay(3));
    }

    @Test
    void retryDelayStopsAtMaximum() {
        assertEquals(OutboxMail.MAX_RETRY_DELAY, OutboxMail.retryDelay(40));
    }

    @Test
    void longErrorIsCut() {
        OutboxMail mail = mail();

        mail.markFailed("x".repeat(5000), NOW);

        assertEquals(OutboxMail.MAX_ERROR_LENGTH, mail.getLastError().length());
    }

    @Test
    void sentMessageClearsError() {
        OutboxMail mail = mail();
        mail.markFailed("refused", NOW);

        mail.markSent(NOW.plusSeconds(30));

        assertTrue(mail.isSent());
        assertNull(mail.getLastError());
        assertEquals(2, mail.getAttempts());
    }
}
