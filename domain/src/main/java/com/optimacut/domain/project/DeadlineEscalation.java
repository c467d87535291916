package com.optimacut.domain.project;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The rule «one day before the deadline the priority rises», and the protocol of a timer pass.
 * <p>
 * A project is due for escalation when its status is one of
 * {@link ProjectStatus#escalationStatuses()}, its priority is still {@link Priority#NORMAL}, and
 * its deadline is at or before {@code now + hoursBefore} (a past deadline counts). One pass, in
 * one transaction:
 * <ol>
 * <li>{@code executeUpdate} of {@link Project#ESCALATE_PRIORITY} with {@code :pass} =
 * {@link #newPassId()}, {@code :now} and {@code :threshold} = {@link #threshold}. It sets the
 * priority, stamps the rows with the pass id and raises {@code version} itself, because a bulk
 * update bypasses {@code @Version} and an open edit form must still fail on save. The statuses are
 * literals in the query rather than a parameter, so that PostgreSQL can use the partial index
 * whose predicate names the same statuses.</li>
 * <li>The rows stamped with {@code :pass} are exactly the projects this pass raised
 * ({@link Project#ESCALATED_IN_PASS} reads them). Each gets the history row that
 * {@link Project#recordPriorityEscalation} describes, and its assigned executor or the managers a
 * notification; the scheduler writes both with one INSERT ... SELECT each over those rows.</li>
 * </ol>
 * Several nodes may run a pass at the same moment. PostgreSQL's UPDATE locks each row it changes;
 * a concurrent UPDATE waiting on that lock re-checks its WHERE clause on the committed row at READ
 * COMMITTED, finds the priority already {@code HIGH} and skips it. So each project is raised by one
 * pass only, its row carries that pass's id, and no history row is written twice. A second pass
 * finds nothing to do, which makes passes idempotent.
 */
public final class DeadlineEscalation {

    /** The default of the setting «hours before the deadline»: one day. */
    public static final int DEFAULT_HOURS_BEFORE = 24;

    private DeadlineEscalation() {
    }

    /** Returns a new id for one pass, 36 characters, unique across nodes. */
    public static String newPassId() {
        return UUID.randomUUID().toString();
    }

    /** Returns the latest deadline that is escalated now: {@code now + hoursBefore}. */
    public static Instant threshold(Instant now, int hoursBefore) {
        if (hoursBefore < 1) {
            throw new IllegalArgumentException("hoursBefore must be at least 1: " + hoursBefore);
        }
        return now.plus(Duration.ofHours(hoursBefore));
    }

    /** Returns the statuses that the update names, as a set. */
    public static Set<ProjectStatus> statuses() {
        return ProjectStatus.escalationStatuses();
    }

    /** Returns whether a pass at {@code now} raises {@code project}: the update's WHERE clause in Java. */
    public static boolean isDue(Project project, Instant now, int hoursBefore) {
        Instant deadline = project.getDeadline();
        return project.getPriority() == Priority.NORMAL
                && statuses().contains(project.getStatus())
                && deadline != null
                && !deadline.isAfter(threshold(now, hoursBefore));
    }
}
