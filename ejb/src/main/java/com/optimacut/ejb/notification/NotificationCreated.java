package com.optimacut.ejb.notification;

import com.optimacut.domain.notification.NotificationKind;
import java.io.Serializable;

/**
 * The CDI event fired for each notification written, or once per recipient for the many that an
 * escalation pass writes. It is fired inside the writing transaction,
 * so observers that push it to a browser must use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: they then run only after the commit,
 * and never for a notification that was rolled back.
 *
 * @param recipient the user name of the recipient
 * @param projectId the project the notification is about, or {@code null}
 */
public record NotificationCreated(String recipient, NotificationKind kind, Long projectId) implements Serializable {
}
