package com.optimacut.it.work;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.executor.Trade;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.domain.project.LayoutWork;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.user.PasswordHash;
import com.optimacut.domain.user.Role;
import com.optimacut.domain.user.UserAccount;
import com.optimacut.ejb.notification.NotificationService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the data the work, deadline and notification tests need through the domain's
 * constructors and methods, each call in its own transaction, and reads back what the services
 * stored. Projects are created by {@value #MANAGER}, the run-as manager of the tests.
 */
@Stateless
@PermitAll
public class ProjectFixture {

    /** The actor recorded for the manager's actions the fixture performs. */
    public static final String MANAGER = "it-manager";

    private static final String SHA256 = "0123456789abcdef".repeat(4);

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    /** Creates an active material with a unique code and returns its id. */
    public long newMaterial() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 12);
        Material material = new Material(code, "Фанера " + code, MaterialKind.PLYWOOD, new BigDecimal("4"),
                new BigDecimal("1525"), new BigDecimal("1525"));
        em.persist(material);
        em.flush();
        return material.getId();
    }

    /**
     * Makes {@code username} an active executor competent for the given materials, creating the
     * account and the executor when absent; competencies it already has stay.
     */
    public void ensureExecutor(String username, long... materialIds) {
        Executor executor = findExecutor(username).orElseGet(() -> {
            Executor created = new Executor(account(username, Role.EXECUTOR), Trade.LASER_OPERATOR);
            em.persist(created);
            return created;
        });
        executor.activate();
        for (long materialId : materialIds) {
            executor.addCompetence(em.find(Material.class, materialId));
        }
    }

    /** Activates or deactivates the executor {@code username}. */
    public void setExecutorActive(String username, boolean active) {
        Executor executor = findExecutor(username).orElseThrow();
        if (active) {
            executor.activate();
        } else {
            executor.deactivate();
        }
    }

    /** Creates an enabled account with the MANAGER role unless it exists. */
    public void ensureManager(String username) {
        account(username, Role.MANAGER);
    }

    /**
     * Creates a project with one item per material, each with its own layout file, and returns its id.
     *
     * @param deadline the deadline, or {@code null}
     * @param assignedExecutor the user name of the assigned executor, or {@code null} for none
     * @param launch whether to launch it («Запустить проект»)
     */
    public long newProject(Instant deadline, String assignedExecutor, boolean launch, long... materialIds) {
        Instant now = Instant.now();
        String name = "it-project-" + UUID.randomUUID().toString().substring(0, 8);
        Client client = new Client("Клиент " + name, now);
        em.persist(client);
        Project project = new Project(client, name, MANAGER, now);
        for (int i = 0; i < materialIds.length; i++) {
            ClientFile file = new ClientFile(client, "layout-" + (i + 1) + ".pdf", "application/pdf", 1024, SHA256,
                    LayoutFormat.PDF, MANAGER, now);
            em.persist(file);
            project.addItem(1, file, em.find(Material.class, materialIds[i]), null, now);
        }
        project.changeDeadline(deadline, now);
        if (assignedExecutor != null) {
            project.assignExecutor(findExecutor(assignedExecutor).orElseThrow(), now);
        }
        if (launch) {
            project.launch(MANAGER, now);
        }
        em.persist(project);
        em.flush();
        return project.getId();
    }

    /** Suspends the project («Приостановлен»). */
    public void suspend(long projectId) {
        em.find(Project.class, projectId).suspend(MANAGER, null, Instant.now());
    }

    /**
     * Brings a launched project to «Закрыт»: {@code executor} takes and completes every layout, then
     * the manager accepts and closes it.
     */
    public void close(long projectId, String executorUsername) {
        Instant now = Instant.now();
        Project project = em.find(Project.class, projectId);
        Executor executor = findExecutor(executorUsername).orElseThrow();
        for (LayoutWork layout : project.layouts()) {
            layout.take(executor, now);
            layout.complete(executor, now);
        }
        project.accept(MANAGER, null, now);
        project.close(MANAGER, null, now);
    }

    /** Returns the ids of the project's layouts in item order. */
    public List<Long> layoutIds(long projectId) {
        return em.createQuery("select w.id from LayoutWork w join w.item i where w.project.id = :project"
                + " order by i.position", Long.class).setParameter("project", projectId).getResultList();
    }

    /** Returns the name of the project's status, as stored. */
    public String status(long projectId) {
        return em.find(Project.class, projectId).getStatus().name();
    }

    /** Returns the name of the project's priority, as stored. */
    public String priority(long projectId) {
        return em.find(Project.class, projectId).getPriority().name();
    }

    public long version(long projectId) {
        return em.find(Project.class, projectId).getVersion();
    }

    /** Returns the actors of the project's history rows of {@code action}, oldest first. */
    public List<String> historyActors(long projectId, ProjectAction action) {
        return em.createQuery("select c.actor from StatusChange c where c.project.id = :project"
                + " and c.action = :action order by c.changedAt, c.id", String.class)
                .setParameter("project", projectId).setParameter("action", action).getResultList();
    }

    /** Returns the user name of the executor holding or having completed each layout, or {@code null}, in item order. */
    public List<String> takers(long projectId) {
        return layoutIds(projectId).stream().map(id -> {
            Executor taker = em.find(LayoutWork.class, id).getTakenBy();
            return taker == null ? null : taker.getUsername();
        }).toList();
    }

    /** Returns the recipients of the project's notifications of {@code kind}, sorted. */
    public List<String> notificationRecipients(long projectId, NotificationKind kind) {
        return em.createQuery("select n.recipient from Notification n where n.project.id = :project"
                + " and n.kind = :kind order by n.recipient", String.class)
                .setParameter("project", projectId).setParameter("kind", kind).getResultList();
    }

    /** Returns the user names of the enabled managers, sorted. */
    public List<String> managers() {
        return notifications.managerUsernames();
    }

    /** Writes a notification for {@code username} through the service, and returns its id. */
    public long notify(String username, NotificationKind kind, long projectId, String detail) {
        return notifications.notifyUser(username, kind, projectId, detail);
    }

    /** Returns whether the notification is marked read, as stored. */
    public boolean isRead(long notificationId) {
        return em.createQuery("select n.read from Notification n where n.id = :id", Boolean.class)
                .setParameter("id", notificationId).getSingleResult();
    }

    private Optional<Executor> findExecutor(String username) {
        return em.createNamedQuery(Executor.BY_USERNAME, Executor.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    private UserAccount account(String username, Role role) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseGet(() -> {
                    String hash = PasswordHash.hash("fixture-password-not-used".toCharArray());
                    UserAccount created = new UserAccount(username, "Тест " + username, hash, EnumSet.of(role),
                            Instant.now());
                    em.persist(created);
                    return created;
                });
    }
}
