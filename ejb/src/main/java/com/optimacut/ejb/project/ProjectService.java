package com.optimacut.ejb.project;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.LeadSource;
import com.optimacut.domain.inquiry.Inquiry;
import com.optimacut.domain.project.LayoutWork;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.domain.project.StatusChange;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Callers;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.mail.MailOutbox;
import com.optimacut.ejb.pricing.PricingService;
import com.optimacut.ejb.mail.MailTemplates;
import com.optimacut.ejb.mail.MailText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Projects for managers: create, edit, read, list, and change the status.
 * <p>
 * Every method that changes a project flushes before it returns, so a concurrent change surfaces
 * inside the call as {@code concurrent.modification}; a method given the version the caller saw
 * rejects a project that has changed since with the same key. Rule violations reach the caller
 * as {@link BusinessException} with the domain's key (such as {@code project.transition.forbidden}
 * or {@code project.locked}), and nothing is changed then.
 */
@Stateless
public class ProjectService {

    private static final Logger LOG = Logger.getLogger(ProjectService.class.getName());

    /** Maximum number of projects that one call of {@link #deadlines} returns. A month view shows far fewer. */
    public static final int MAX_DEADLINES = 500;

    private static final String DEADLINES_BETWEEN = "select p from Project p join fetch p.client"
            + " left join fetch p.assignedExecutor e left join fetch e.account"
            + " where p.status in :statuses and p.deadline >= :from and p.deadline < :to order by p.deadline, p.id";

    /** The outbox kind of the client's acceptance e-mail. */
    public static final String ACCEPTANCE_MAIL_KIND = "PROJECT_ACCEPTED";

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private MailOutbox outbox;

    @EJB
    private PricingService pricing;

    /**
     * Creates a project «Ждёт очереди» for an existing client, with its items, executor and
     * delivery, and records the creation in the history. A linked inquiry becomes converted.
     * Managers only.
     *
     * @throws BusinessException {@code project.client.notFound}, {@code project.leadSource.notFound},
     *     {@code project.inquiry.notFound}, {@code project.file.notFound},
     *     {@code project.material.notFound}, {@code project.executor.notFound}, or a domain key
     *     for an invalid value (such as {@code text.required}, {@code project.item.quantity.range},
     *     {@code project.item.foreignFile}, {@code project.inquiry.otherClient})
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary create(NewProject request) {
        Client client = find(Client.class, request.clientId(), "project.client.notFound");
        String actor = actor();
        Instant now = Instant.now();

        Project project = new Project(client, request.name(), actor, now);
        project.changeDetails(request.name(), request.description(), request.materialLocation(),
                leadSource(request.leadSourceId()), now);
        project.changeDeadline(request.deadline(), now);
        ProductionEdit production = new ProductionEdit(em);
        production.addItems(project, request.items(), now);
        project.assignExecutor(production.executor(request.executorId()), now);
        changeDelivery(project, request.delivery(), now);
        if (request.inquiryId() != null) {
            project.linkInquiry(find(Inquiry.class, request.inquiryId(), "project.inquiry.notFound"), actor, now);
        }
        em.persist(project);
        pricing.recalculate(project);
        em.flush();

        LOG.info(() -> "Project " + project.getId() + " created by " + actor);
        return ProjectViews.summary(project, now);
    }

    /**
     * Saves a manager's edit of a project, given the version the manager loaded.
     * <p>
     * Name, description, deadline, «Чей материал и где находится», lead source and delivery save
     * at any time while the project is open. The production fields (items and executor) save only
     * until an executor takes the first layout. After that, a call that changes a production field
     * is rejected as a whole, even when it also changes other fields: nothing is stored, and the
     * {@code project.locked} key carries the names of the locked fields it tried to change
     * ({@code items}, {@code executor}). A call that repeats the stored production values saves
     * its other fields. Managers only.
     *
     * @throws BusinessException {@code project.notFound}; {@code concurrent.modification} when the
     *     project changed since {@code changes.version()}; {@code project.locked};
     *     {@code project.notOpen}; {@code project.item.notFound} and the lookup keys of
     *     {@link #create}; a domain key for an invalid value
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary update(ProjectChanges changes) {
        Project project = load(changes.projectId(), changes.version());
        ProductionEdit production = new ProductionEdit(em);
        List<String> changedProduction = production.changedFields(project, changes);
        if (!changedProduction.isEmpty() && project.isProductionLocked()) {
            throw new DomainRuleException("project.locked", String.join(",", changedProduction));
        }
        Instant now = Instant.now();

        project.changeDetails(changes.name(), changes.description(), changes.materialLocation(),
                leadSource(changes.leadSourceId()), now);
        project.changeDeadline(changes.deadline(), now);
        changeDelivery(project, changes.delivery(), now);
        if (changedProduction.contains(ProductionEdit.ITEMS)) {
            production.replaceItems(project, changes.items(), now);
        }
        if (changedProduction.contains(ProductionEdit.EXECUTOR)) {
            project.assignExecutor(production.executor(changes.executorId()), now);
        }
        if (changedProduction.contains(ProductionEdit.ITEMS)) {
            pricing.recalculate(project);
        }
        em.flush();

        LOG.info(() -> "Project " + project.getId() + " edited by " + actor() + "; production fields changed: "
                + changedProduction);
        return ProjectViews.summary(project, now);
    }

    /**
     * Returns a project with its items, layouts, history (newest last), delivery and discount,
     * and the status actions the caller may perform: every manager action that the transition
     * table allows from the current status for a manager, none for an administrator.
     * Managers and administrators.
     *
     * @throws BusinessException {@code project.notFound}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public ProjectDetails details(long projectId) {
        Project project = load(projectId, null);
        Set<ProjectAction> allowed = context.isCallerInRole(Role.Names.MANAGER)
                ? ProjectViews.managerActions(project) : Set.of();
        return ProjectViews.details(project, delivery(projectId), allowed, Instant.now());
    }

    /**
     * Returns one page of the projects list, filtered, sorted and paged in the database.
     * Managers and administrators.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public Page<ProjectSummary> list(ProjectQuery query) {
        return new ProjectListQuery(em).run(query, Instant.now(), null);
    }

    /**
     * Returns one page of the projects list like {@link #list(ProjectQuery)}, but with
     * {@code knownTotal} as its total instead of counting the matching rows again: for a caller
     * that counted these filters before and now only changes the page or the sort. A
     * {@code null} total counts. Managers and administrators.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public Page<ProjectSummary> list(ProjectQuery query, Long knownTotal) {
        return new ProjectListQuery(em).run(query, Instant.now(), knownTotal);
    }

    /**
     * Returns the open projects (every status but «Закрыт» and «Отказ») whose deadline falls in
     * {@code [from, to)}, by deadline, at most {@link #MAX_DEADLINES}: the deadline calendar loads
     * only the range it shows. Managers and administrators.
     *
     * @throws BusinessException {@code report.period.invalid} unless {@code from} is before {@code to}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public List<ProjectSummary> deadlines(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new BusinessException("report.period.invalid");
        }
        Instant now = Instant.now();
        return em.createQuery(DEADLINES_BETWEEN, Project.class)
                .setParameter("statuses", ProjectStatus.openStatuses())
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(MAX_DEADLINES)
                .getResultStream().map(project -> ProjectViews.summary(project, now)).toList();
    }

    /**
     * Returns one page of a project's history, newest first. Managers and administrators.
     *
     * @throws BusinessException {@code project.notFound}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public Page<HistoryEntry> history(long projectId, int first, int size) {
        Project project = load(projectId, null);
        List<HistoryEntry> rows = em.createNamedQuery(StatusChange.BY_PROJECT, StatusChange.class)
                .setParameter("project", project)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Page.clampSize(size))
                .getResultStream().map(ProjectViews::history).toList();
        long total = em.createNamedQuery(StatusChange.COUNT_BY_PROJECT, Long.class)
                .setParameter("project", project).getSingleResult();
        return new Page<>(rows, total);
    }

    // ---- Status actions ---------------------------------------------------------------------

    /**
     * «Запустить проект»: puts the layouts in the executors' queue; the status stays «Ждёт
     * очереди» and the history records the launch. Managers only.
     *
     * @param expectedVersion the version the caller saw, or {@code null} to skip that check
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.action.forbidden}, {@code project.launch.already},
     *     {@code project.launch.noItems}, {@code project.launch.itemIncomplete}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary launch(long projectId, Long expectedVersion) {
        return act(projectId, expectedVersion, ProjectAction.LAUNCH, (project, actor, now) -> project.launch(actor, now));
    }

    /**
     * Moves a project from «Выполнен» to «Принят, ждём клиента» and, the first time only, queues
     * the client's e-mail (template {@code projectAccepted}, in Russian) in the same transaction.
     * For a client without an e-mail address nothing is queued or recorded, and the result is
     * {@link AcceptanceMail#NO_CLIENT_EMAIL}. Managers only.
     *
     * @param comment an optional comment for the history
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.transition.forbidden}, {@code text.tooLong}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public Acceptance accept(long projectId, Long expectedVersion, String comment) {
        Project project = load(projectId, expectedVersion);
        String actor = actor();
        Instant now = Instant.now();

        project.accept(actor, comment, now);
        AcceptanceMail mail = queueAcceptanceMail(project, now);
        em.flush();

        LOG.info(() -> "Project " + projectId + " accepted by " + actor + "; client mail " + mail);
        return new Acceptance(ProjectViews.summary(project, now), mail);
    }

    /**
     * «Закрыт», from «Принят, ждём клиента». Managers only.
     *
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.transition.forbidden}, {@code text.tooLong}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary close(long projectId, Long expectedVersion, String comment) {
        return act(projectId, expectedVersion, ProjectAction.CLOSE, (project, actor, now) -> project.close(actor, comment, now));
    }

    /**
     * «Отказ», from any open status, with a required reason. Managers only.
     *
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.transition.forbidden}, {@code text.required} for a blank reason
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary refuse(long projectId, Long expectedVersion, String reason) {
        return act(projectId, expectedVersion, ProjectAction.REFUSE, (project, actor, now) -> project.refuse(actor, reason, now));
    }

    /**
     * «Приостановлен», from any other open status; the layouts leave the executors' board until
     * {@link #resume}. Managers only.
     *
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.transition.forbidden}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary suspend(long projectId, Long expectedVersion, String comment) {
        return act(projectId, expectedVersion, ProjectAction.SUSPEND, (project, actor, now) -> project.suspend(actor, comment, now));
    }

    /**
     * Returns a suspended project to the status it had when suspended. Managers only.
     *
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.action.forbidden} unless suspended
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary resume(long projectId, Long expectedVersion, String comment) {
        return act(projectId, expectedVersion, ProjectAction.RESUME, (project, actor, now) -> project.resume(actor, comment, now));
    }

    /**
     * Returns a project from «Трудности с выполнением» to «В процессе». Managers only.
     *
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.transition.forbidden}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary resolveDifficulties(long projectId, Long expectedVersion, String comment) {
        return act(projectId, expectedVersion, ProjectAction.RESOLVE_DIFFICULTIES,
                (project, actor, now) -> project.resolveDifficulties(actor, comment, now));
    }

    /**
     * Reports a difficulty as a manager: «Трудности с выполнением» from «В процессе», with a
     * required description. Managers only.
     *
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.transition.forbidden}, {@code text.required}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary reportDifficulty(long projectId, Long expectedVersion, String description) {
        return act(projectId, expectedVersion, ProjectAction.REPORT_DIFFICULTY,
                (project, actor, now) -> project.reportDifficulty(actor, description, now));
    }

    /**
     * Sends a project from «Выполнен» back to «В процессе» with a reason, making the chosen
     * completed layouts available again. Managers only.
     *
     * @param layoutIds the layout work units to redo, as {@link ItemDetails#layoutId()} gives them
     * @throws BusinessException {@code project.notFound}, {@code concurrent.modification},
     *     {@code project.transition.forbidden}, {@code text.required}, {@code project.rework.noLayouts},
     *     {@code project.layout.notFound}, {@code project.rework.layoutNotCompleted}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectSummary rework(long projectId, Long expectedVersion, String reason, List<Long> layoutIds) {
        return act(projectId, expectedVersion, ProjectAction.REWORK,
                (project, actor, now) -> project.rework(actor, reason, layouts(layoutIds), now));
    }

    // ---- Helpers ----------------------------------------------------------------------------

    /** One status action on a loaded project. */
    @FunctionalInterface
    private interface StatusAction {
        void apply(Project project, String actor, Instant now);
    }

    private ProjectSummary act(long projectId, Long expectedVersion, ProjectAction action, StatusAction change) {
        Project project = load(projectId, expectedVersion);
        String actor = actor();
        Instant now = Instant.now();

        change.apply(project, actor, now);
        em.flush();

        LOG.info(() -> "Project " + projectId + ": " + action + " by " + actor + ", now " + project.getStatus());
        return ProjectViews.summary(project, now);
    }

    private AcceptanceMail queueAcceptanceMail(Project project, Instant now) {
        Client client = project.getClient();
        if (client.getEmail() == null) {
            return AcceptanceMail.NO_CLIENT_EMAIL;
        }
        if (!project.claimAcceptanceMail(now)) {
            return AcceptanceMail.ALREADY_SENT;
        }
        // NOTE: clients have no language setting, so the client's e-mail is always in Russian.
        MailText text = MailTemplates.render("projectAccepted", null, client.getName(), project.getName());
        outbox.enqueue(ACCEPTANCE_MAIL_KIND, client.getEmail(), text.subject(), text.plain(), text.html());
        return AcceptanceMail.QUEUED;
    }

    /**
     * Reads the delivery with a query instead of {@code Project.getDelivery()}, because that getter
     * replaces a delivery that EclipseLink loaded as {@code null} (all columns empty) with an empty
     * one, which the commit then writes as a change: a read would raise the project's version.
     */
    private DeliveryDetails delivery(long projectId) {
        Object[] row = em.createQuery("select p.delivery.address, p.delivery.contactPerson, p.delivery.phone,"
                        + " p.delivery.date, p.delivery.courierRequestedAt, p.delivery.courierRequestedBy"
                        + " from Project p where p.id = :id", Object[].class)
                .setParameter("id", projectId)
                .getSingleResult();
        DeliveryFields fields = new DeliveryFields((String) row[0], (String) row[1], (String) row[2],
                (LocalDate) row[3]);
        boolean listed = fields.address() != null && fields.contactPerson() != null && fields.date() != null;
        return new DeliveryDetails(fields, listed, (Instant) row[4], (String) row[5]);
    }

    private List<LayoutWork> layouts(List<Long> layoutIds) {
        List<LayoutWork> layouts = new ArrayList<>();
        for (Long id : layoutIds == null ? List.<Long>of() : layoutIds) {
            layouts.add(find(LayoutWork.class, id, "project.layout.notFound"));
        }
        return layouts;
    }

    /**
     * Loads a project and, when {@code expectedVersion} is given, checks that it is the stored one.
     *
     * @throws BusinessException {@code project.notFound} or {@code concurrent.modification}
     */
    private Project load(long projectId, Long expectedVersion) {
        Project project = find(Project.class, projectId, "project.notFound");
        if (expectedVersion != null && expectedVersion != project.getVersion()) {
            throw new BusinessException("concurrent.modification");
        }
        return project;
    }

    private void changeDelivery(Project project, DeliveryFields delivery, Instant now) {
        DeliveryFields fields = delivery == null ? DeliveryFields.NONE : delivery;
        project.changeDelivery(fields.address(), fields.contactPerson(), fields.phone(), fields.date(), now);
    }

    private LeadSource leadSource(Long id) {
        return id == null ? null : find(LeadSource.class, id, "project.leadSource.notFound");
    }

    private <T> T find(Class<T> type, Serializable id, String notFoundKey) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new BusinessException(notFoundKey, id);
        }
        return entity;
    }

    private String actor() {
        return Callers.name(context);
    }
}
