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
 * One send or reset of a project's courier request («Заявка в курьерскую службу»), with who did
 * it and when. Created only by {@link Project}; immutable like {@link StatusChange}.
 */
@Entity
@Table(name = "courier_request_event")
@NamedQuery(name = CourierRequestEvent.BY_PROJECT,
        query = "select e from CourierRequestEvent e where e.project = :project order by e.occurredAt desc, e.id desc")
public class CourierRequestEvent {

    /** The sends and resets of {@code :project}, newest first. */
    public static final String BY_PROJECT = "CourierRequestEvent.byProject";

    @Id
    @SequenceGenerator(name = "courier_request_event_seq", sequenceName = "courier_request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courier_request_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private CourierRequestKind kind;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected CourierRequestEvent() {
        // for JPA
    }

    CourierRequestEvent(Project project, CourierRequestKind kind, String actor, Instant occurredAt) {
        this.project = Objects.requireNonNull(project, "project");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public CourierRequestKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    @Override
    public String toString() {
        return "CourierRequestEvent[id=" + id + ", " + kind + "]";
    }
}
