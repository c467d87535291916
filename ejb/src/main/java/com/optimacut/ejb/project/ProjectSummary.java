package com.optimacut.ejb.project;

import com.optimacut.domain.project.Priority;
import com.optimacut.domain.project.ProjectStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project as the projects list shows it.
 *
 * @param executorName the full name of the assigned executor, or {@code null} for none
 * @param priceTotal the last computed price total, or {@code null} before pricing
 * @param overdue whether the deadline has passed while production is not finished
 * @param version the version to send back with an edit or a status action
 */
public record ProjectSummary(long id, String name, String clientName, ProjectStatus status, String executorName,
        Instant deadline, Priority priority, BigDecimal priceTotal, boolean overdue, long version)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Returns whether a project in {@code status} with {@code deadline} is overdue at {@code now}. */
    static boolean isOverdue(ProjectStatus status, Instant deadline, Instant now) {
        return deadline != null && deadline.isBefore(now) && ProjectStatus.escalationStatuses().contains(status);
    }
}
