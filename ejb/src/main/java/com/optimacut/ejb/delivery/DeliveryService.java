package com.optimacut.ejb.delivery;

import com.optimacut.domain.project.CourierRequestEvent;
import com.optimacut.domain.project.Delivery;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.settings.AppSetting;
import com.optimacut.domain.settings.SettingKey;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Callers;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.mail.MailOutbox;
import com.optimacut.ejb.mail.MailTemplates;
import com.optimacut.ejb.mail.MailText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * «Доставки» and the courier request. A project is listed when its delivery has an address, a
 * contact person and a date. «Отправить заявку в курьерскую службу» queues one e-mail to the
 * address in the setting {@link SettingKey#COURIER_EMAIL}; a second send for the same project is
 * rejected until a manager resets it. The project records each send and reset.
 */
@Stateless
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class.getName());

    /** The outbox kind of the courier request e-mail. */
    public static final String COURIER_MAIL_KIND = "COURIER_REQUEST";

    private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private MailOutbox outbox;

    /**
     * Returns one page of the deliveries dated from {@code from} to {@code to} inclusive, by date,
     * paged in the database. Managers and administrators.
     *
     * @throws BusinessException {@code delivery.range.invalid} when a bound is missing or
     *     {@code from} is after {@code to}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public Page<DeliverySummary> list(LocalDate from, LocalDate to, int first, int size) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new BusinessException("delivery.range.invalid", String.valueOf(from), String.valueOf(to));
        }
        List<DeliverySummary> rows = em.createNamedQuery(Project.DELIVERIES, Project.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Page.clampSize(size))
                .getResultStream().map(DeliveryService::summary).toList();
        long total = em.createQuery("select count(p) from Project p where p.delivery.date between :from and :to"
                        + " and p.delivery.address is not null and p.delivery.contactPerson is not null", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return new Page<>(rows, total);
    }

    /**
     * «Отправить заявку в курьерскую службу»: records the send on the project and queues one
     * e-mail (template {@code courierRequest}, in Russian) with the project name, address,
     * contact person, phone, date and material location to the courier address setting, in the
     * same transaction. Managers only.
     *
     * @throws BusinessException {@code delivery.project.notFound};
     *     {@code delivery.courier.noAddress} when no courier address is set (nothing is recorded);
     *     {@code delivery.courier.alreadySent} until {@link #reset}; {@code delivery.incomplete}
     *     without address, contact person and date; {@code project.notOpen}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public DeliverySummary sendCourierRequest(long projectId) {
        Project project = load(projectId);
        String courierAddress = courierAddress();
        String actor = actor();
        Instant now = Instant.now();

        project.sendCourierRequest(actor, now);
        queueCourierMail(project, courierAddress);
        em.flush();

        LOG.info(() -> "Courier request for project " + projectId + " sent by " + actor);
        return summary(project);
    }

    /**
     * «Сбросить»: records the reset, after which the courier request may be sent again.
     * Managers only.
     *
     * @throws BusinessException {@code delivery.project.notFound}, {@code delivery.courier.notSent}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public DeliverySummary reset(long projectId) {
        Project project = load(projectId);
        String actor = actor();

        project.resetCourierRequest(actor, Instant.now());
        em.flush();

        LOG.info(() -> "Courier request for project " + projectId + " reset by " + actor);
        return summary(project);
    }

    /**
     * Returns one page of a project's courier request sends and resets, newest first.
     * Managers and administrators.
     *
     * @throws BusinessException {@code delivery.project.notFound}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public Page<CourierEvent> courierEvents(long projectId, int first, int size) {
        Project project = load(projectId);
        List<CourierEvent> rows = em.createNamedQuery(CourierRequestEvent.BY_PROJECT, CourierRequestEvent.class)
                .setParameter("project", project)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Page.clampSize(size))
                .getResultStream()
                .map(e -> new CourierEvent(e.getId(), e.getKind(), e.getActor(), e.getOccurredAt()))
                .toList();
        long total = em.createQuery("select count(e) from CourierRequestEvent e where e.project = :project", Long.class)
                .setParameter("project", project).getSingleResult();
        return new Page<>(rows, total);
    }

    private void queueCourierMail(Project project, String courierAddress) {
        Delivery delivery = project.getDelivery();
        MailText text = MailTemplates.render("courierRequest", null, project.getName(), delivery.getAddress(),
                delivery.getContactPerson(), orDash(delivery.getPhone()), MAIL_DATE.format(delivery.getDate()),
                orDash(project.getMaterialLocation()));
        outbox.enqueue(COURIER_MAIL_KIND, courierAddress, text.subject(), text.plain(), text.html());
    }

    /**
     * Returns the courier address setting.
     *
     * @throws BusinessException {@code delivery.courier.noAddress} when it is empty
     */
    private String courierAddress() {
        AppSetting setting = em.find(AppSetting.class, SettingKey.COURIER_EMAIL.key());
        String address = setting == null ? "" : setting.getValue();
        if (address.isBlank()) {
            throw new BusinessException("delivery.courier.noAddress");
        }
        return address;
    }

    private Project load(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new BusinessException("delivery.project.notFound", projectId);
        }
        return project;
    }

    private static DeliverySummary summary(Project project) {
        Delivery delivery = project.getDelivery();
        return new DeliverySummary(project.getId(), project.getName(), project.getClient().getName(),
                project.getStatus(), delivery.getAddress(), delivery.getContactPerson(), delivery.getPhone(),
                delivery.getDate(), project.getMaterialLocation(), delivery.getCourierRequestedAt(),
                delivery.getCourierRequestedBy(), project.getVersion());
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private String actor() {
        return Callers.name(context);
    }
}
