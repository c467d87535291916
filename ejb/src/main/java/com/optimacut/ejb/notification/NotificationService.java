package com.optimacut.ejb.notification;

import com.optimacut.domain.notification.Notification;
import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Notifications: every signed-in user reads and marks their own; other services write them for a
 * user or for every manager in their own transaction.
 * <p>
 * The writing methods are {@code @PermitAll} because the callers are other beans of this
 * application acting for the executor or for the deadline timer, which has no caller at all. They
 * have no remote view, so only code of this application reaches them.
 */
@Stateless
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    private static final String PAGE_FOR = "select new com.optimacut.ejb.notification.NotificationEntry("
            + "n.id, n.kind, p.id, p.name, n.detail, n.createdAt, n.read)"
            + " from Notification n left join n.project p where n.recipient = :recipient"
            + " order by n.createdAt desc, n.id desc";
    private static final String COUNT_FOR = "select count(n) from Notification n where n.recipient = :recipient";
    private static final String MANAGERS = "select u.username from UserAccount u join u.roles r"
            + " where r = com.optimacut.domain.user.Role.MANAGER and u.enabled = true order by u.username";

    /** Notifications for the assigned executors of the projects that escalation pass ?2 raised. */
    private static final String NOTIFY_PASS_EXECUTORS = "insert into notification"
            + " (id, recipient, kind, project_id, created_at, is_read, version)"
            + " select nextval('notification_seq'), u.username, ?, p.id, p.escalated_at, false, 0"
            + " from project p join executor e on e.id = p.assigned_executor_id join app_user u on u.id = e.user_id"
            + " where p.escalation_pass = ?";
    /** Notifications for every enabled manager about the unassigned projects that pass ?2 raised. */
    private static final String NOTIFY_PASS_MANAGERS = "insert into notification"
            + " (id, recipient, kind, project_id, created_at, is_read, version)"
            + " select nextval('notification_seq'), u.username, ?, p.id, p.escalated_at, false, 0"
            + " from project p cross join app_user u join app_user_role r on r.user_id = u.id"
            + " where p.escalation_pass = ? and p.assigned_executor_id is null"
            + " and r.role = 'MANAGER' and u.enabled = true";
    /** The recipients of the notifications that an escalation pass wrote, each once. */
    private static final String RECIPIENTS_OF_PASS = "select distinct n.recipient from Notification n join n.project p"
            + " where p.escalationPass = :pass and n.kind = :kind";

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Event<NotificationCreated> created;

    /** Returns the number of the caller's unread notifications, for the badge. Any signed-in role may call it. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.INTEGRATOR})
    public long unreadCount() {
        return em.createNamedQuery(Notification.COUNT_UNREAD_FOR, Long.class)
                .setParameter("recipient", caller())
                .getSingleResult();
    }

    /**
     * Returns one page of the caller's notifications, read and unread, newest first. Any signed-in
     * role may call it.
     *
     * @param first the index of the first row, from 0
     * @param size the page size, cut to {@link Page#MAX_SIZE}
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.INTEGRATOR})
    public Page<NotificationEntry> list(int first, int size) {
        String recipient = caller();
        // NOTE: only unread rows have an index by recipient; a user with very many read
        // notifications makes this a scan of the user's rows.
        List<NotificationEntry> rows = em.createQuery(PAGE_FOR, NotificationEntry.class)
                .setParameter("recipient", recipient)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Page.clampSize(size))
                .getResultList();
        long total = em.createQuery(COUNT_FOR, Long.class).setParameter("recipient", recipient).getSingleResult();
        return new Page<>(rows, total);
    }

    /**
     * Marks one of the caller's notifications read; marking it again keeps the first time. Any
     * signed-in role may call it.
     *
     * @throws BusinessException {@code notification.notFound} when there is no such notification or
     *     it belongs to another user, so that callers learn nothing about other users' notifications
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.INTEGRATOR})
    public void markRead(long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || !notification.getRecipient().equals(caller())) {
            throw new BusinessException("notification.notFound", notificationId);
        }
        notification.markRead(Instant.now());
        em.flush();
    }

    /**
     * Marks every unread notification of the caller read, in one update. Any signed-in role may
     * call it.
     *
     * @return how many notifications were unread
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.INTEGRATOR})
    public int markAllRead() {
        return em.createNamedQuery(Notification.MARK_ALL_READ)
                .setParameter("recipient", caller())
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    /**
     * Writes a notification of {@code kind} about a project for every enabled user with the
     * MANAGER role, and fires a {@link NotificationCreated} for each. For other beans of this
     * application; it joins the caller's transaction and requires one.
     *
     * @param detail the kind's extra text, such as a difficulty's description, or {@code null}
     * @return the number of managers notified
     */
    @PermitAll
    // A notification must commit or roll back with the change it reports.
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int notifyManagers(NotificationKind kind, long projectId, String detail) {
        List<String> managers = managerUsernames();
        for (String manager : managers) {
            notifyUser(manager, kind, projectId, detail);
        }
        return managers.size();
    }

    /**
     * Writes a notification of {@code kind} about a project for one user, and fires a
     * {@link NotificationCreated}. For other beans of this application; it joins the caller's
     * transaction and requires one.
     *
     * @param username the recipient's user name
     * @param detail the kind's extra text, or {@code null}
     * @return the id of the notification
     */
    @PermitAll
    // A notification must commit or roll back with the change it reports.
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long notifyUser(String username, NotificationKind kind, long projectId, String detail) {
        Project project = em.getReference(Project.class, projectId);
        Notification notification = new Notification(username, kind, project, detail, Instant.now());
        em.persist(notification);

        // Transactional observers receive this after the commit; see NotificationCreated.
        created.fire(new NotificationCreated(username, kind, projectId));
        LOG.fine(() -> "Notification " + kind + " for project " + projectId + " written for " + username);
        return notification.getId();
    }

    /**
     * Writes a notification of {@code kind} about every project that the deadline escalation pass
     * {@code pass} stamped: for its assigned executor or, with none, for every enabled manager, and
     * fires one {@link NotificationCreated} per recipient, without a project. Two INSERT ... SELECT
     * statements, however many projects the pass raised. For the deadline scheduler; it joins the caller's transaction and
     * requires one.
     *
     * @return the number of notifications written
     */
    @PermitAll
    // A notification must commit or roll back with the change it reports.
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int notifyEscalationPass(String pass, NotificationKind kind) {
        int written = em.createNativeQuery(NOTIFY_PASS_EXECUTORS)
                .setParameter(1, kind.name())
                .setParameter(2, pass)
                .executeUpdate();
        written += em.createNativeQuery(NOTIFY_PASS_MANAGERS)
                .setParameter(1, kind.name())
                .setParameter(2, pass)
                .executeUpdate();
        // One event per recipient, not per notification: a bell reloads all of its user's
        // notifications at once, and a pass over a large backlog writes thousands of them, each
        // of which would otherwise be a message on the topic.
        em.createQuery(RECIPIENTS_OF_PASS, String.class)
                .setParameter("pass", pass)
                .setParameter("kind", kind)
                .getResultStream()
                .forEach(recipient -> created.fire(new NotificationCreated(recipient, kind, null)));
        return written;
    }

    /**
     * Returns the user names of the enabled users with the MANAGER role, for callers that notify
     * the managers about many projects and look them up once.
     */
    @PermitAll
    public List<String> managerUsernames() {
        return em.createQuery(MANAGERS, String.class).getResultList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
