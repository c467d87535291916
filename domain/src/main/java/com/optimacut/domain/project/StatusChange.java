package com.optimacut.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a project's history: which action moved it from which status to which, by whom and
 * when, with the reason or comment.
 * <p>
 * Rows are created only by {@link Project} in the same call that changes the project, so a
 * status never changes without its row. They are immutable: no setters, and every column is
 * mapped {@code updatable = false}. The actor is a user name, or {@link #SYSTEM} for the
 * deadline timer; user names are lower case, so no user can be called {@code SYSTEM}.
 */
@Entity
@Table(name = "status_change")
@NamedQuery(name = StatusChange.BY_PROJECT,
        query = "select c from StatusChange c where c.project = :project order by c.changedAt desc, c.id desc")
@NamedQuery(name = StatusChange.COUNT_BY_PROJECT,
        query = "select count(c) from StatusChange c where c.project = :project")
public class StatusChange {

    /** The history of {@code :project}, newest first; callers page it. */
    public static final String BY_PROJECT = "StatusChange.byProject";
    public static final String COUNT_BY_PROJECT = "StatusChange.countByProject";

    /** The actor recorded for changes that the system makes on its own. */
    public static final String SYSTEM = "SYSTEM";

    @Id
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private ProjectStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ProjectAction action;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(length = 1000, updatable = false)
    private String comment;

    protected StatusChange() {
        // for JPA
    }

    /** Creates a row; only {@link Project} calls this, after checking the transition. */
    StatusChange(Project project, ProjectStatus fromStatus, ProjectStatus toStatus, ProjectAction action,
            String actor, Instant changedAt, String comment) {
        this.project = Objects.requireNonNull(project, "project");
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.action = Objects.requireNonNull(action, "action");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    /** Returns the status before the change, or {@code null} on the row that records the creation. */
    public ProjectStatus getFromStatus() {
        return fromStatus;
    }

    public ProjectStatus getToStatus() {
        return toStatus;
    }

    public ProjectAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public String toString() {
        return "StatusChange[id=" + id + ", " + fromStatus + " -> " + toStatus + ", " + action + "]";
    }
}
