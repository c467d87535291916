package com.optimacut.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One e-mail waiting in the outbox or already sent.
 * <p>
 * A failed attempt schedules the next one with exponential backoff, from
 * {@link #FIRST_RETRY_DELAY} up to {@link #MAX_RETRY_DELAY}; the message stays in the outbox
 * until it is sent, however long the SMTP server is away.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.DUE_IDS,
        query = "select m.id from OutboxMail m where m.sentAt is null and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.COUNT_UNSENT, query = "select count(m) from OutboxMail m where m.sentAt is null")
public class OutboxMail {

    public static final String DUE_IDS = "OutboxMail.dueIds";
    public static final String COUNT_UNSENT = "OutboxMail.countUnsent";

    public static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(10);
    public static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(30);

    /** Longest error text kept; the column is as wide. */
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 20000)
    private String bodyText;

    @Column(name = "body_html", length = 40000)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    /**
     * Creates a message that is due at once.
     *
     * @param kind what the message is about, such as {@code COURIER_REQUEST}; kept for the admin
     * @param bodyHtml the HTML alternative, or {@code null} for plain text only
     */
    public OutboxMail(String kind, String recipient, String subject, String bodyText, String bodyHtml, Instant now) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.bodyText = Objects.requireNonNull(bodyText, "bodyText");
        this.bodyHtml = bodyHtml;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** Marks the message sent; it is never attempted again. */
    public void markSent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt and schedules the next one with a longer delay. */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        nextAttemptAt = now.plus(retryDelay(attempts));
    }

    /** Returns the delay after the given number of failed attempts. */
    static Duration retryDelay(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
