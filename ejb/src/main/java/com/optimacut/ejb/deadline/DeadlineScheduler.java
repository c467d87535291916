package com.optimacut.ejb.deadline;

import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.domain.project.DeadlineEscalation;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.project.StatusChange;
import com.optimacut.domain.settings.AppSetting;
import com.optimacut.domain.settings.SettingKey;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.notification.NotificationService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Raises the priority of open projects whose deadline is near, every
 * {@link SettingKey#ESCALATION_INTERVAL_MINUTES} minutes on each server node, following the
 * protocol of {@link DeadlineEscalation}.
 * <p>
 * A pass is one bulk UPDATE of {@link Project#ESCALATE_PRIORITY}: projects in an open status before
 * «Выполнен», still at normal priority, with a deadline at most {@link SettingKey#ESCALATION_HOURS}
 * hours away (24 by default) get {@code HIGH} and the pass's id. Two set-based INSERT ... SELECT
 * statements over the rows stamped with that id then write each raised project's history row by
 * {@code SYSTEM} (the row {@link Project#recordPriorityEscalation} would append) and notify the
 * assigned executor or, with none, every manager ({@link NotificationService#notifyEscalationPass}).
 * A pass thus loads no project, and costs the same few statements however many it raises.
 * <p>
 * The whole pass is one transaction (the timeout's default REQUIRED), so a project's priority,
 * history row and notifications commit together or not at all. A pass that fails leaves the
 * projects at normal priority, and the next pass raises them again. The cost is that the raised
 * rows stay locked until the pass commits, which delays executors' actions on those projects by
 * the length of the pass.
 * <p>
 * Safe on several nodes: the timer is not persistent, so each node runs its own passes. A second
 * pass raises nothing, because the UPDATE only matches normal priority. Two passes at the same
 * moment on different nodes do not raise one project twice: PostgreSQL's UPDATE locks each row it
 * changes, and the other UPDATE, once the lock is released, re-checks its WHERE clause against
 * the committed row (READ COMMITTED), finds {@code HIGH} and skips it. Each project thus carries the
 * id of exactly one pass, which alone writes its history row and notifications.
 * <p>
 * The interval is read at start and again after every pass; a changed interval replaces the timer
 * after the pass that noticed it. The hours before the deadline are read by every pass.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DeadlineScheduler {

    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class.getName());

    /**
     * The history row of each project raised by the pass {@code ?3}: action {@code ?1}, actor
     * {@code ?2}, at the pass's time. Each {@code nextval} takes a whole block of ids, so these ids
     * never meet the blocks that EclipseLink allocates from the same sequence.
     */
    private static final String RECORD_HISTORY = "insert into status_change"
            + " (id, project_id, from_status, to_status, action, actor, changed_at)"
            + " select nextval('status_change_seq'), p.id, p.status, p.status, ?, ?, p.escalated_at"
            + " from project p where p.escalation_pass = ?";

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private TimerService timerService;

    @EJB
    private NotificationService notifications;

    @PostConstruct
    void schedule() {
        int minutes = setting(SettingKey.ESCALATION_INTERVAL_MINUTES);
        createTimer(minutes);
        LOG.info(() -> "Deadline escalation scheduled every " + minutes + " minutes");
    }

    /**
     * Runs one escalation pass now, in the caller's transaction or a new one, and returns how many
     * projects it raised. For administrators, tests and the benchmark; the timer runs the same pass.
     * Singleton locking makes a call wait while this node's timer pass runs.
     *
     * @return the number of projects whose priority this pass raised
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int runPass() {
        return escalate();
    }

    @Timeout
    void onTimeout(Timer timer) {
        escalate();
        rescheduleIfChanged(timer);
    }

    private int escalate() {
        Instant now = Instant.now();
        int hoursBefore = setting(SettingKey.ESCALATION_HOURS);
        String pass = DeadlineEscalation.newPassId();

        int raised = em.createNamedQuery(Project.ESCALATE_PRIORITY)
                .setParameter("pass", pass)
                .setParameter("now", now)
                .setParameter("threshold", DeadlineEscalation.threshold(now, hoursBefore))
                .executeUpdate();
        if (raised == 0) {
            LOG.fine("Deadline escalation pass raised no project");
            return 0;
        }

        recordAndNotify(pass);
        LOG.info(() -> "Deadline escalation pass " + pass + " raised " + raised + " projects due within "
                + hoursBefore + " hours");
        return raised;
    }

    /**
     * Writes the history rows and notifications of the projects that {@code pass} raised, each kind
     * with one INSERT ... SELECT over the rows stamped with the pass, so that the cost does not
     * grow with a statement per project. The persistence context contains none of these rows, and no
     * entity involved is in the shared cache, so nothing loaded goes stale.
     */
    private void recordAndNotify(String pass) {
        em.createNativeQuery(RECORD_HISTORY)
                .setParameter(1, ProjectAction.ESCALATE_PRIORITY.name())
                .setParameter(2, StatusChange.SYSTEM)
                .setParameter(3, pass)
                .executeUpdate();
        notifications.notifyEscalationPass(pass, NotificationKind.PRIORITY_ESCALATED);
    }

    /** Replaces the timer when the interval setting differs from the one the timer was created with. */
    private void rescheduleIfChanged(Timer timer) {
        int scheduled = (Integer) timer.getInfo();
        int current = setting(SettingKey.ESCALATION_INTERVAL_MINUTES);
        if (current == scheduled) {
            return;
        }
        // Both take effect only if this transaction commits, so a failed pass keeps the old timer.
        timer.cancel();
        createTimer(current);
        LOG.info(() -> "Deadline escalation rescheduled from every " + scheduled + " to every " + current
                + " minutes");
    }

    /** Creates the interval timer; its info is the interval in minutes. */
    private void createTimer(int minutes) {
        long millis = minutes * 60_000L;
        timerService.createIntervalTimer(millis, millis, new TimerConfig(minutes, false));
    }

    /** Returns an integer setting, or its default when its row is missing. */
    private int setting(SettingKey key) {
        AppSetting row = em.find(AppSetting.class, key.key());
        return row == null ? Integer.parseInt(key.defaultValue()) : row.intValue();
    }
}
