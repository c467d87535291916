package com.optimacut.ejb.project;

import com.optimacut.domain.project.Priority;
import com.optimacut.domain.project.ProjectStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A page of the projects list: filters, sort and page. A {@code null} or empty filter does not
 * restrict the list.
 *
 * @param statuses the statuses to show; empty shows all
 * @param deadlineFrom the earliest deadline, inclusive
 * @param deadlineTo the latest deadline, inclusive
 * @param updatedSince projects changed at or after this instant
 * @param sort the column, {@link ProjectSort#DEADLINE} when {@code null}; ties are broken by id
 * @param first the index of the first row, from 0
 * @param size the page size, cut to {@link com.optimacut.ejb.common.Page#MAX_SIZE}
 */
public record ProjectQuery(Set<ProjectStatus> statuses, Long clientId, Long executorId, Instant deadlineFrom,
        Instant deadlineTo, Priority priority, Instant updatedSince, ProjectSort sort, boolean descending, int first,
        int size) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ProjectQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Returns a query for every project, by deadline, first page of {@code size}. */
    public static ProjectQuery all(int size) {
        return new ProjectQuery(Set.of(), null, null, null, null, null, null, ProjectSort.DEADLINE, false, 0, size);
    }
}
