package com.optimacut.domain.notification;

import com.optimacut.domain.project.Project;
import com.optimacut.domain.shared.TextField;
import com.optimacut.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A message for one user about one project, shown until the user marks it read. The text shown is
 * the kind's label with the project's name; {@link #getDetail()} adds what the kind needs, such as
 * the difficulty's description.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.UNREAD_FOR, query = "select n from Notification n where n.recipient = :recipient"
        + " and n.read = false order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.COUNT_UNREAD_FOR,
        query = "select count(n) from Notification n where n.recipient = :recipient and n.read = false")
@NamedQuery(name = Notification.ALL_FOR, query = "select n from Notification n where n.recipient = :recipient"
        + " order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.MARK_ALL_READ, query = "update Notification n set n.read = true, n.readAt = :now,"
        + " n.version = n.version + 1 where n.recipient = :recipient and n.read = false")
public class Notification {

    /** Unread notifications of {@code :recipient} (a user name), newest first. */
    public static final String UNREAD_FOR = "Notification.unreadFor";
    /** The number of unread notifications of {@code :recipient}, for the badge. */
    public static final String COUNT_UNREAD_FOR = "Notification.countUnreadFor";
    /** All notifications of {@code :recipient}, newest first; callers page it. */
    public static final String ALL_FOR = "Notification.allFor";
    /** Bulk update marking every unread notification of {@code :recipient} read at {@code :now}. */
    public static final String MARK_ALL_READ = "Notification.markAllRead";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(length = 1000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "is_read", nullable = false)
    private boolean read;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notification() {
        // for JPA
    }

    /**
     * Creates an unread notification.
     *
     * @param recipient the user name of the recipient
     * @param detail extra text for the kind, cut to 1000 characters, or {@code null}
     */
    public Notification(String recipient, NotificationKind kind, Project project, String detail, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.project = project;
        String trimmed = Texts.trimToNull(detail);
        int max = TextField.COMMENT.maxLength();
        this.detail = trimmed == null || trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Marks the notification read; marking it again keeps the first time. */
    public void markRead(Instant now) {
        if (!read) {
            read = true;
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Project getProject() {
        return project;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return read;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Notification[id=" + id + ", kind=" + kind + "]";
    }
}
