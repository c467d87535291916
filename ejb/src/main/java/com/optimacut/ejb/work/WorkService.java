package com.optimacut.ejb.work;

import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.domain.project.Item;
import com.optimacut.domain.project.LayoutWork;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.common.QueryPlans;
import com.optimacut.ejb.notification.NotificationService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The executor's work on layouts: the board, the layouts held, take, complete and report a
 * difficulty. The caller is the executor whose account has the caller's user name.
 * <p>
 * Concurrency: every action first locks the layout's project row ({@code SELECT ... FOR UPDATE})
 * and only then reads the project's layouts. Actions on one project therefore run one after the
 * other, and each sees what the previous one committed:
 * <ul>
 * <li>of two executors taking one layout, the second finds it taken and gets
 * {@code layout.alreadyTaken};</li>
 * <li>two takes of different layouts of a waiting project do not both move it to «В процессе»,
 * so there is exactly one FIRST_TAKE history row;</li>
 * <li>of two completions of a project's last two layouts, the second sees the first completed
 * and moves the project to «Выполнен», so no retry is needed.</li>
 * </ul>
 * The {@code @Version} columns still guard against writers that do not take the lock, such as a
 * manager's edit form; such a conflict found at the flush is reported as
 * {@code layout.alreadyTaken} by {@link #take} and as {@code concurrent.modification} otherwise.
 */
@Stateless
public class WorkService {

    private static final Logger LOG = Logger.getLogger(WorkService.class.getName());

    /**
     * Locks the layout's project row and returns its id. SQL rather than a locking JPQL query:
     * EclipseLink refreshes what a locking query reads and cascades the refresh through the
     * project's collections (items, their layouts one query each, history, courier events), which
     * tripled the statements of a take. A plain query after the lock reads what the lock waited for.
     */
    private static final String LOCK_PROJECT_OF_LAYOUT = "select p.id from project p"
            + " where p.id = (select w.project_id from layout_work w where w.id = ?1) for update";
    /** SQL states of a row lock that could not be obtained: deadlock, lock not available, H2's lock timeout. */
    private static final Set<String> LOCK_FAILURES = Set.of("40P01", "55P03", "HYT00");
    /** EclipseLink's hint that adds a left join fetch to a query, so a page needs no query per row. */
    private static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    /**
     * The maximum number of layouts that {@link #available} counts. A longer queue is reported as
     * this many, and the board then states that it lists the most urgent ones. On a million projects,
     * counting the 22,639 layouts visible to one executor took 0.3 s, and counting to 1,000 took 17 ms.
     */
    public static final int BOARD_COUNT_LIMIT = 1000;

    @Resource
    private SessionContext context;

    @EJB
    private NotificationService notifications;

    /**
     * Returns one page of the layouts the caller may take, most urgent first (high priority, then
     * the nearest deadline). These are the available layouts of launched projects that are waiting
     * or in progress and either assigned to the caller or, with no executor assigned, of a
     * material among the caller's competencies. Executors only.
     * <p>
     * The page's total counts at most {@link #BOARD_COUNT_LIMIT} layouts.
     *
     * @param first the index of the first row, from 0
     * @param size the page size, cut to {@link Page#MAX_SIZE}
     * @throws BusinessException {@code work.executor.notFound} when the caller is not an executor;
     *     {@code executor.inactive}
     */
    @RolesAllowed(Role.Names.EXECUTOR)
    public Page<LayoutTask> available(int first, int size) {
        Executor executor = currentExecutor(false);
        // On a million projects the generic plan of the count took 7 s, and the custom one hashed
        // all two million items (0.9 s) where nested loops from the launched projects took 0.2 s.
        QueryPlans.withValuesWithoutHashJoins(em);

        TypedQuery<LayoutWork> board = em.createNamedQuery(LayoutWork.BOARD, LayoutWork.class)
                .setParameter("statuses", ProjectStatus.boardStatuses());
        List<LayoutTask> rows = page(board, executor, first, size);
        int total = em.createNamedQuery(LayoutWork.BOARD_IDS, Long.class)
                .setParameter("executor", executor)
                .setParameter("statuses", ProjectStatus.boardStatuses())
                .setMaxResults(BOARD_COUNT_LIMIT)
                .getResultList().size();
        return new Page<>(rows, total);
    }

    /**
     * Returns one page of the layouts the caller has taken and not completed, oldest take first.
     * Executors only.
     *
     * @throws BusinessException {@code work.executor.notFound}; {@code executor.inactive}
     */
    @RolesAllowed(Role.Names.EXECUTOR)
    public Page<LayoutTask> mine(int first, int size) {
        Executor executor = currentExecutor(false);

        List<LayoutTask> rows = page(em.createNamedQuery(LayoutWork.HELD_BY, LayoutWork.class), executor, first, size);
        long total = em.createNamedQuery(LayoutWork.COUNT_HELD_BY, Long.class)
                .setParameter("executor", executor)
                .getSingleResult();
        return new Page<>(rows, total);
    }

    /**
     * Takes a layout for the caller. The project's first take moves it to «В процессе» with a
     * history row, in the same transaction. Executors only.
     *
     * @return the layout as taken
     * @throws BusinessException {@code layout.alreadyTaken} when another executor has taken it,
     *     also one whose take commits while this call waits for the project's row lock; {@code layout.alreadyCompleted};
     *     {@code layout.notInQueue} for an unlaunched, suspended or finished project;
     *     {@code layout.notForExecutor} for another executor's project or a material outside the
     *     caller's competencies; {@code layout.notFound}; {@code work.executor.notFound};
     *     {@code executor.inactive}
     */
    @RolesAllowed(Role.Names.EXECUTOR)
    public LayoutTask take(long layoutId) {
        Executor executor = currentExecutor(true);
        LayoutWork layout = lockForChange(layoutId, WorkService::alreadyTaken);

        layout.take(executor, Instant.now());
        flush(WorkService::alreadyTaken);

        LOG.info(() -> "Layout " + layoutId + " of project " + layout.getProject().getId() + " taken by "
                + executor.getUsername() + "; project " + layout.getProject().getStatus());
        return LayoutTask.of(layout);
    }

    /**
     * Completes a layout the caller holds. Completing the project's last open layout moves it to
     * «Выполнен» with a history row. Executors only.
     *
     * @return the layout as completed
     * @throws BusinessException {@code layout.notHeld} unless the caller holds the layout;
     *     {@code layout.projectNotInProgress} while the project has difficulties or is suspended;
     *     {@code layout.notFound}; {@code concurrent.modification}; {@code work.executor.notFound};
     *     {@code executor.inactive}
     */
    @RolesAllowed(Role.Names.EXECUTOR)
    public LayoutTask complete(long layoutId) {
        Executor executor = currentExecutor(false);
        LayoutWork layout = lockForChange(layoutId, WorkService::concurrentModification);

        layout.complete(executor, Instant.now());
        flush(WorkService::concurrentModification);

        LOG.info(() -> "Layout " + layoutId + " of project " + layout.getProject().getId() + " completed by "
                + executor.getUsername() + "; project " + layout.getProject().getStatus());
        return LayoutTask.of(layout);
    }

    /**
     * Reports a difficulty with a layout the caller holds: the project moves to «Трудности с
     * выполнением» with the description in its history, and every manager gets a notification
     * with the description, in the same transaction. Executors only.
     *
     * @param description what went wrong; required, at most 1000 characters
     * @return the layout with the difficulty recorded
     * @throws BusinessException {@code text.required} or {@code text.tooLong} for the description;
     *     {@code layout.notHeld}; {@code project.transition.forbidden} unless the project is in
     *     progress; {@code layout.notFound}; {@code concurrent.modification};
     *     {@code work.executor.notFound}; {@code executor.inactive}
     */
    @RolesAllowed(Role.Names.EXECUTOR)
    public LayoutTask reportDifficulty(long layoutId, String description) {
        Executor executor = currentExecutor(false);
        LayoutWork layout = lockForChange(layoutId, WorkService::concurrentModification);

        layout.reportDifficulty(executor, description, Instant.now());
        long projectId = layout.getProject().getId();
        int notified = notifications.notifyManagers(NotificationKind.DIFFICULTY_REPORTED, projectId,
                layout.getDifficulty());
        flush(WorkService::concurrentModification);

        LOG.info(() -> "Difficulty reported on layout " + layoutId + " of project " + projectId + " by "
                + executor.getUsername() + "; " + notified + " managers notified");
        return LayoutTask.of(layout);
    }

    /**
     * Reads the caller's executor with its account and roles in one query.
     *
     * @param withCompetencies whether to read the competencies in the same query, for a take
     */
    private Executor currentExecutor(boolean withCompetencies) {
        String username = context.getCallerPrincipal().getName();
        Executor executor = em.createNamedQuery(withCompetencies ? Executor.FOR_TAKE : Executor.FOR_WORK,
                        Executor.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("work.executor.notFound", username));
        if (!executor.isActive()) {
            throw new DomainRuleException("executor.inactive");
        }
        return executor;
    }

    private List<LayoutTask> page(TypedQuery<LayoutWork> query, Executor executor, int first, int size) {
        // The item's own link back to this layout is fetched too: read alone, it costs a query per row.
        return query.setParameter("executor", executor)
                .setHint(LEFT_JOIN_FETCH, "w.item.work")
                .setHint(LEFT_JOIN_FETCH, "w.item.material")
                .setHint(LEFT_JOIN_FETCH, "w.item.layout")
                .setHint(LEFT_JOIN_FETCH, "w.project.client")
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Page.clampSize(size))
                .getResultStream().map(LayoutTask::of).toList();
    }

    /**
     * Locks the layout's project row, then reads the project with its client and all its items,
     * each with its layout, material and file, in one query. Everything read is therefore current
     * (see the class comment), and completing the last layout checks every layout of the project
     * without another query.
     *
     * @param onLockFailure the rejection when the row lock cannot be obtained
     */
    private LayoutWork lockForChange(long layoutId, Supplier<BusinessException> onLockFailure) {
        List<?> locked;
        try {
            locked = em.createNativeQuery(LOCK_PROJECT_OF_LAYOUT)
                    .setParameter(1, layoutId)
                    .getResultList();
        } catch (PersistenceException e) {
            if (!isLockFailure(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, e, () -> "Row lock on the project of layout " + layoutId + " failed");
            throw onLockFailure.get();
        }
        if (locked.isEmpty()) {
            throw new BusinessException("layout.notFound", layoutId);
        }
        long projectId = ((Number) locked.get(0)).longValue();
        Project project = em.createNamedQuery(Project.FOR_WORK, Project.class)
                .setParameter("id", projectId)
                .getSingleResult();
        return project.getItems().stream()
                .map(Item::getWork)
                .filter(layout -> layout.getId() == layoutId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("layout.notFound", layoutId));
    }

    private static boolean isLockFailure(PersistenceException e) {
        if (e instanceof PessimisticLockException || e instanceof LockTimeoutException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_FAILURES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void flush(Supplier<BusinessException> onConflict) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            LOG.log(Level.FINE, "Concurrent change found at flush", e);
            throw onConflict.get();
        }
    }

    private static BusinessException alreadyTaken() {
        // The key belongs to the domain's bundle, where the layout rules word it.
        return BusinessException.of(new DomainRuleException("layout.alreadyTaken"));
    }

    private static BusinessException concurrentModification() {
        return new BusinessException("concurrent.modification");
    }
}
