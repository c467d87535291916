package com.optimacut.ejb.notification;

import com.optimacut.domain.notification.NotificationKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * One notification as a user's list shows it: the kind (labelled by {@code DomainMessages}), the
 * project's id and name, the extra text of the kind, and whether it was read.
 *
 * @param projectId the project's id, or {@code null} for a notification without a project
 * @param projectName the project's name, or {@code null} with {@code projectId}
 * @param detail the kind's extra text, such as a difficulty's description, or {@code null}
 */
public record NotificationEntry(Long id, NotificationKind kind, Long projectId, String projectName, String detail,
        Instant createdAt, boolean read) implements Serializable {
}
