package com.optimacut.domain.notification;

/** The subject of a notification; the Russian labels are in {@code DomainMessages}. */
public enum NotificationKind {
    /** An executor reported a difficulty; sent to every manager. */
    DIFFICULTY_REPORTED,
    /** The deadline is near and the priority was raised; sent to the assigned executor, or to the managers. */
    PRIORITY_ESCALATED,
    /** A manager sent the project back for rework; sent to the executors who did the reopened layouts. */
    REWORK_REQUESTED,
    /** The project was assigned to the recipient. */
    PROJECT_ASSIGNED,
    /** Every layout is completed; sent to the managers. */
    PROJECT_DONE
}
