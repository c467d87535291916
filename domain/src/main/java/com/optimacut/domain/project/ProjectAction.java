package com.optimacut.domain.project;

import static com.optimacut.domain.project.ProjectStatus.ACCEPTED;
import static com.optimacut.domain.project.ProjectStatus.CLOSED;
import static com.optimacut.domain.project.ProjectStatus.DIFFICULTIES;
import static com.optimacut.domain.project.ProjectStatus.DONE;
import static com.optimacut.domain.project.ProjectStatus.IN_PROGRESS;
import static com.optimacut.domain.project.ProjectStatus.REFUSED;
import static com.optimacut.domain.project.ProjectStatus.SUSPENDED;
import static com.optimacut.domain.project.ProjectStatus.WAITING;

import java.util.Optional;

/**
 * An action that changes a project's status, recorded on each {@link StatusChange}. This enum is the
 * transition table: {@link #targetFrom} returns where an action leads from a status, or nothing
 * when the action is forbidden there.
 * <p>
 * Managers perform {@link #LAUNCH} to {@link #REWORK}. The system derives {@link #FIRST_TAKE},
 * {@link #LAST_COMPLETE} and {@link #REPORT_DIFFICULTY} from executors' actions on layouts
 * (a manager may also report a difficulty), and performs {@link #ESCALATE_PRIORITY}.
 * {@link #CREATE} only labels the first history row.
 */
public enum ProjectAction {
    /** «Запустить проект»: puts the layouts in the queue; the status stays {@code WAITING}. */
    LAUNCH(null),
    ACCEPT(ACCEPTED),
    CLOSE(CLOSED),
    /** Needs a reason. */
    REFUSE(REFUSED),
    SUSPEND(SUSPENDED),
    /** Returns to the status the project had when it was suspended. */
    RESUME(null),
    RESOLVE_DIFFICULTIES(IN_PROGRESS),
    /** Needs a reason; reopens the chosen layouts. */
    REWORK(IN_PROGRESS),
    /** The first layout taken by an executor. */
    FIRST_TAKE(IN_PROGRESS),
    /** The last open layout completed. */
    LAST_COMPLETE(DONE),
    /** Needs a description of the problem. */
    REPORT_DIFFICULTY(DIFFICULTIES),
    /** The deadline is near: priority raised, status unchanged. */
    ESCALATE_PRIORITY(null),
    /** The project was created; never applicable to an existing project. */
    CREATE(WAITING);

    private final ProjectStatus fixedTarget;

    ProjectAction(ProjectStatus fixedTarget) {
        this.fixedTarget = fixedTarget;
    }

    /**
     * Returns the status the action always leads to, or empty for {@link #LAUNCH},
     * {@link #RESUME} and {@link #ESCALATE_PRIORITY}, whose result depends on the project.
     */
    public Optional<ProjectStatus> fixedTarget() {
        return Optional.ofNullable(fixedTarget);
    }

    /**
     * Returns the status this action leads to from {@code from}, or empty when it is forbidden.
     *
     * @param beforeSuspension the status remembered at suspension; used by {@link #RESUME} only
     */
    public Optional<ProjectStatus> targetFrom(ProjectStatus from, ProjectStatus beforeSuspension) {
        return switch (this) {
            case LAUNCH -> when(from == WAITING, WAITING);
            case FIRST_TAKE -> when(from == WAITING, IN_PROGRESS);
            case LAST_COMPLETE -> when(from == IN_PROGRESS, DONE);
            case REPORT_DIFFICULTY -> when(from == IN_PROGRESS, DIFFICULTIES);
            case RESOLVE_DIFFICULTIES -> when(from == DIFFICULTIES, IN_PROGRESS);
            case ACCEPT -> when(from == DONE, ACCEPTED);
            case CLOSE -> when(from == ACCEPTED, CLOSED);
            case REWORK -> when(from == DONE, IN_PROGRESS);
            case REFUSE -> when(from.isOpen(), REFUSED);
            case SUSPEND -> when(from.isOpen() && from != SUSPENDED, SUSPENDED);
            case RESUME -> when(from == SUSPENDED && beforeSuspension != null, beforeSuspension);
            case ESCALATE_PRIORITY -> when(ProjectStatus.escalationStatuses().contains(from), from);
            case CREATE -> Optional.empty();
        };
    }

    private static Optional<ProjectStatus> when(boolean allowed, ProjectStatus target) {
        return allowed ? Optional.of(target) : Optional.empty();
    }
}
