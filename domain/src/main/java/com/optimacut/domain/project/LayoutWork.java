package com.optimacut.domain.project;

import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.domain.shared.TextField;
import com.optimacut.domain.shared.Texts;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The unit of work of one item: the layout an executor takes, cuts and completes. Executors act
 * only here ({@link #take}, {@link #complete}, {@link #reportDifficulty}); each action derives
 * the project's status in the same call, so executors never set a status themselves.
 * <p>
 * Two executors taking one layout at once both pass {@link #take} in memory; the {@code @Version}
 * column lets only the first commit, and the other's flush fails with an
 * {@code OptimisticLockException}, which the service reports as {@code layout.alreadyTaken}.
 * The project row is also updated by a first take and by every completion, so two concurrent
 * completions of a project's last two layouts conflict on the project's version and exactly one
 * of them, retried, sees all layouts completed and moves the project to {@code DONE}.
 */
@Entity
@Table(name = "layout_work")
@NamedQuery(name = LayoutWork.BOARD, query = "select w from LayoutWork w join fetch w.item i join fetch w.project p"
        + LayoutWork.BOARD_FILTER + " order by p.priority, p.deadline, w.id")
@NamedQuery(name = LayoutWork.BOARD_IDS, query = "select w.id from LayoutWork w join w.item i join w.project p"
        + LayoutWork.BOARD_FILTER)
@NamedQuery(name = LayoutWork.HELD_BY, query = "select w from LayoutWork w join fetch w.item i join fetch w.project p"
        + " where w.takenBy = :executor and w.status = com.optimacut.domain.project.LayoutStatus.TAKEN"
        + " order by w.takenAt, w.id")
@NamedQuery(name = LayoutWork.COUNT_HELD_BY, query = "select count(w) from LayoutWork w"
        + " where w.takenBy = :executor and w.status = com.optimacut.domain.project.LayoutStatus.TAKEN")
public class LayoutWork {

    /**
     * The executor's board: the layouts {@code :executor} may take, most urgent first, with the
     * item and project fetched. Pass {@link ProjectStatus#boardStatuses()} as {@code :statuses}.
     * It is the database form of {@link #isVisibleTo}; the caller checks the executor is active.
     */
    public static final String BOARD = "LayoutWork.board";
    /**
     * The ids of the rows of {@link #BOARD} in no order, with the same parameters. The board counts
     * them with a row limit, so that a long queue is not counted to its end.
     */
    public static final String BOARD_IDS = "LayoutWork.boardIds";
    /** The layouts {@code :executor} has taken and not completed, oldest take first. */
    public static final String HELD_BY = "LayoutWork.heldBy";
    /** The number of rows of {@link #HELD_BY}, for paging. */
    public static final String COUNT_HELD_BY = "LayoutWork.countHeldBy";

    /** The condition of {@link #BOARD}, on {@code w} (layout), {@code i} (item) and {@code p} (project). */
    static final String BOARD_FILTER = " where w.status = com.optimacut.domain.project.LayoutStatus.AVAILABLE"
            + " and p.launchedAt is not null and p.status in :statuses"
            + " and (p.assignedExecutor = :executor or (p.assignedExecutor is null and exists"
            + " (select c.id from Executor e join e.competencies c where e = :executor and c = i.material)))";

    @Id
    @SequenceGenerator(name = "layout_work_seq", sequenceName = "layout_work_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layout_work_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, unique = true, updatable = false)
    private Item item;

    /** The item's project, repeated here so that the board filters layouts without joining items first. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LayoutStatus status = LayoutStatus.AVAILABLE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "taken_by_id")
    private Executor takenBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(length = 1000)
    private String difficulty;

    @Column(name = "difficulty_reported_at")
    private Instant difficultyReportedAt;

    @Version
    private long version;

    protected LayoutWork() {
        // for JPA
    }

    LayoutWork(Item item) {
        this.item = item;
        this.project = item.getProject();
    }

    /**
     * Returns whether {@code executor} sees this layout on the board: the project is launched and
     * waiting or in progress (so not suspended), the layout is available, and either no executor is
     * assigned to the project and the item's material is among the executor's competencies, or
     * the executor is the one assigned. {@link #BOARD} is the same rule in JPQL.
     */
    public boolean isVisibleTo(Executor executor) {
        boolean inQueue = project.isLaunched() && ProjectStatus.boardStatuses().contains(project.getStatus());
        if (!inQueue || status != LayoutStatus.AVAILABLE) {
            return false;
        }
        Executor assigned = project.getAssignedExecutor();
        return assigned == null ? executor.isCompetentFor(item.getMaterial()) : assigned.sameAs(executor);
    }

    /**
     * Takes the layout for {@code executor}; the project's first take moves it to «В процессе».
     *
     * @throws DomainRuleException {@code layout.alreadyTaken} or {@code layout.alreadyCompleted};
     *     {@code layout.notInQueue} (project status) when the project is not launched or not
     *     waiting or in progress; {@code layout.notForExecutor} when the project is assigned to
     *     another executor or the material is not among the competencies;
     *     {@code executor.inactive}
     */
    public void take(Executor executor, Instant now) {
        requireAvailable();
        if (!project.isLaunched() || !ProjectStatus.boardStatuses().contains(project.getStatus())) {
            throw new DomainRuleException("layout.notInQueue", project.getStatus());
        }
        if (!isVisibleTo(executor)) {
            throw new DomainRuleException("layout.notForExecutor");
        }
        if (!executor.isActive()) {
            throw new DomainRuleException("executor.inactive");
        }
        status = LayoutStatus.TAKEN;
        takenBy = executor;
        takenAt = now;
        project.onLayoutTaken(executor.getUsername(), now);
    }

    /**
     * Completes the layout that {@code executor} has taken; completing the project's last open layout
     * moves it to «Выполнен».
     *
     * @throws DomainRuleException {@code layout.notHeld} unless the executor has taken the layout, or
     *     {@code layout.projectNotInProgress} (project status) unless the project is in progress:
     *     difficulties must be resolved, and a suspended project resumed, first
     */
    public void complete(Executor executor, Instant now) {
        requireHeldBy(executor);
        if (project.getStatus() != ProjectStatus.IN_PROGRESS) {
            throw new DomainRuleException("layout.projectNotInProgress", project.getStatus());
        }
        status = LayoutStatus.COMPLETED;
        completedAt = now;
        project.onLayoutCompleted(executor.getUsername(), now);
    }

    /**
     * Reports a problem with the layout {@code executor} has taken; the project moves to «Трудности с
     * выполнением», and the service notifies every manager.
     *
     * @throws DomainRuleException {@code layout.notHeld}; {@code text.required} or
     *     {@code text.tooLong} for the description; {@code project.transition.forbidden} unless the
     *     project is in progress
     */
    public void reportDifficulty(Executor executor, String description, Instant now) {
        requireHeldBy(executor);
        String text = Texts.require(description, TextField.DIFFICULTY);
        project.onDifficultyReported(executor.getUsername(), text, now);
        difficulty = text;
        difficultyReportedAt = now;
    }

    /** Makes a completed layout available again, for a rework. */
    void reopen() {
        status = LayoutStatus.AVAILABLE;
        takenBy = null;
        takenAt = null;
        completedAt = null;
    }

    private void requireAvailable() {
        if (status == LayoutStatus.TAKEN) {
            throw new DomainRuleException("layout.alreadyTaken");
        }
        if (status == LayoutStatus.COMPLETED) {
            throw new DomainRuleException("layout.alreadyCompleted");
        }
    }

    private void requireHeldBy(Executor executor) {
        if (status != LayoutStatus.TAKEN || takenBy == null || !takenBy.sameAs(Objects.requireNonNull(executor))) {
            throw new DomainRuleException("layout.notHeld");
        }
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public Project getProject() {
        return project;
    }

    public LayoutStatus getStatus() {
        return status;
    }

    /** Returns the executor holding or having completed the layout, or {@code null} while it is available. */
    public Executor getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** Returns the last difficulty reported on this layout, or {@code null}. */
    public String getDifficulty() {
        return difficulty;
    }

    public Instant getDifficultyReportedAt() {
        return difficultyReportedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "LayoutWork[id=" + id + ", status=" + status + "]";
    }
}
