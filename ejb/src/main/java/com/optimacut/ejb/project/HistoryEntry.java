package com.optimacut.ejb.project;

import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.project.ProjectStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * One row of a project's history.
 *
 * @param fromStatus the status before, or {@code null} on the creation row
 * @param actor the user name, or {@code SYSTEM} for the system's own changes
 * @param comment the reason or comment, or {@code null}
 */
public record HistoryEntry(long id, ProjectStatus fromStatus, ProjectStatus toStatus, ProjectAction action,
        String actor, Instant changedAt, String comment) implements Serializable {

    private static final long serialVersionUID = 1L;
}
