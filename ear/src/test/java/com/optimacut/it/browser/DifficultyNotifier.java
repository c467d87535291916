package com.optimacut.it.browser;

import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.ejb.notification.NotificationService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Writes the managers' notifications of a reported difficulty in a transaction of its own, as
 * {@code WorkService.reportDifficulty} does after changing the project; NotificationService
 * requires the caller's transaction.
 */
@Stateless
@PermitAll
public class DifficultyNotifier {

    @Inject
    private NotificationService notifications;

    /** Returns the number of managers notified. */
    public int difficultyReported(long projectId, String text) {
        return notifications.notifyManagers(NotificationKind.DIFFICULTY_REPORTED, projectId, text);
    }
}
