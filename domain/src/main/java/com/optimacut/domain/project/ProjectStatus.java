package com.optimacut.domain.project;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The status of a project; the Russian labels are in {@code DomainMessages}. */
public enum ProjectStatus {
    /** «Ждёт очереди»: created, not started; launching it puts its layouts in the queue. */
    WAITING,
    /** «В процессе»: an executor took a layout, or a manager resolved difficulties or asked for rework. */
    IN_PROGRESS,
    /** «Трудности с выполнением»: a problem was reported; managers are notified. */
    DIFFICULTIES,
    /** «Выполнен»: every layout is completed. */
    DONE,
    /** «Принят, ждём клиента»: quality checked, the client is e-mailed. */
    ACCEPTED,
    /** «Закрыт»: the client paid and took the order. */
    CLOSED,
    /** «Отказ»: the client refused. */
    REFUSED,
    /** «Приостановлен»: frozen and hidden from executors until resumed. */
    SUSPENDED;

    private static final Set<ProjectStatus> BOARD = Collections.unmodifiableSet(EnumSet.of(WAITING, IN_PROGRESS));
    private static final Set<ProjectStatus> ESCALATION =
            Collections.unmodifiableSet(EnumSet.of(WAITING, IN_PROGRESS, DIFFICULTIES, SUSPENDED));
    private static final Set<ProjectStatus> OPEN = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(CLOSED, REFUSED)));

    /** Returns whether the project is still being worked on or waits for the client: not closed, not refused. */
    public boolean isOpen() {
        return this != CLOSED && this != REFUSED;
    }

    /** Returns the {@linkplain #isOpen() open} statuses, as a query parameter. */
    public static Set<ProjectStatus> openStatuses() {
        return OPEN;
    }

    /**
     * Returns the statuses in which a launched project's available layouts are on the executors'
     * board: {@link #WAITING} (launched, nothing taken yet) and {@link #IN_PROGRESS}. A project
     * with {@link #DIFFICULTIES} leaves the board until a manager resolves them, because the
     * problem (material, specification) may concern its other layouts too.
     */
    public static Set<ProjectStatus> boardStatuses() {
        return BOARD;
    }

    /**
     * Returns the statuses whose priority the deadline escalation raises: open projects whose
     * production is not finished. A suspended project is included so that it is already urgent
     * when it is resumed.
     */
    public static Set<ProjectStatus> escalationStatuses() {
        return ESCALATION;
    }
}
