package com.optimacut.ejb.inquiry;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.LeadSource;
import com.optimacut.domain.inquiry.Inquiry;
import com.optimacut.domain.inquiry.InquiryOutcome;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Callers;
import com.optimacut.ejb.common.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Inquiries and their conversion. Managers do everything here; integrators (the website's request
 * form) record new inquiries.
 */
@Stateless
public class InquiryService {

    private static final Logger LOG = Logger.getLogger(InquiryService.class.getName());

    /** Most refusal reasons listed in a conversion report. */
    static final int MAX_REFUSAL_REASONS = 50;

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Records an open inquiry.
     *
     * @throws BusinessException {@code client.notFound}; {@code leadSource.notFound};
     *     {@code leadSource.inactive}; {@code inquiry.contact.required} without client and contact;
     *     {@code text.required} or {@code text.tooLong}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public InquirySummary create(NewInquiry request) {
        Client client = request.clientId() == null ? null : requireClient(request.clientId());
        LeadSource source = request.leadSourceId() == null ? null : requireActiveSource(request.leadSourceId());
        Instant receivedAt = request.receivedAt() == null ? Instant.now() : request.receivedAt();
        Inquiry inquiry = new Inquiry(client, request.contact(), request.text(), source, receivedAt);

        em.persist(inquiry);
        em.flush();
        LOG.info(() -> "Inquiry " + inquiry.getId() + " recorded by " + caller());
        return InquirySummary.of(inquiry);
    }

    /**
     * Returns one inquiry with its outcome.
     *
     * @throws BusinessException {@code inquiry.notFound}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public InquirySummary find(long inquiryId) {
        return InquirySummary.of(requireInquiry(inquiryId));
    }

    /**
     * Lists inquiries newest first, one page at a time: those with {@code outcome}, or all with
     * {@code null}. Filtering and paging run in the database.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public Page<InquirySummary> list(InquiryOutcome outcome, int first, int size) {
        TypedQuery<Inquiry> rows;
        TypedQuery<Long> count;
        if (outcome == null) {
            rows = em.createQuery("select i from Inquiry i order by i.receivedAt desc, i.id desc", Inquiry.class);
            count = em.createQuery("select count(i) from Inquiry i", Long.class);
        } else {
            rows = em.createNamedQuery(Inquiry.BY_OUTCOME, Inquiry.class).setParameter("outcome", outcome);
            count = em.createQuery("select count(i) from Inquiry i where i.outcome = :outcome", Long.class)
                    .setParameter("outcome", outcome);
        }
        List<InquirySummary> page = rows.setFirstResult(Math.max(first, 0)).setMaxResults(Page.clampSize(size))
                .getResultStream().map(InquirySummary::of).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /**
     * Refuses an open inquiry with a reason.
     *
     * @throws BusinessException {@code inquiry.notFound}; {@code inquiry.notOpen};
     *     {@code text.required} or {@code text.tooLong} for the reason; {@code concurrent.modification}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public InquirySummary refuse(long inquiryId, String reason) {
        Inquiry inquiry = requireInquiry(inquiryId);
        inquiry.refuse(reason, caller(), Instant.now());

        em.flush();
        LOG.info(() -> "Inquiry " + inquiryId + " refused by " + caller());
        return InquirySummary.of(inquiry);
    }

    /**
     * Links an open inquiry to the project made from it. The inquiry becomes «Стала проектом», and
     * the project takes its lead source when it has none. An inquiry has at most one project.
     *
     * @throws BusinessException {@code inquiry.notFound}; {@code project.notFound};
     *     {@code project.inquiry.alreadyLinked}; {@code project.inquiry.otherClient};
     *     {@code inquiry.notOpen}; {@code concurrent.modification} when someone linked or refused it
     *     at the same time
     */
    @RolesAllowed(Role.Names.MANAGER)
    public InquirySummary linkToProject(long inquiryId, long projectId) {
        Inquiry inquiry = requireInquiry(inquiryId);
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new BusinessException("project.notFound", projectId);
        }
        project.linkInquiry(inquiry, caller(), Instant.now());

        em.flush();
        LOG.info(() -> "Inquiry " + inquiryId + " linked to project " + projectId + " by " + caller());
        return InquirySummary.of(inquiry);
    }

    /**
     * Counts the inquiries received in a period by outcome, by lead source and outcome, and the
     * refusals by reason. Every count is a GROUP BY in the database.
     *
     * @param from the start of the period, inclusive
     * @param to the end of the period, exclusive
     * @throws BusinessException {@code inquiry.period.invalid} unless {@code from} is before {@code to}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public ConversionReport conversion(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new BusinessException("inquiry.period.invalid");
        }
        List<Object[]> byOutcome = em.createNamedQuery(Inquiry.COUNT_BY_OUTCOME, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Object[]> bySource = em.createNamedQuery(Inquiry.COUNT_BY_LEAD_SOURCE, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Object[]> reasons = em.createQuery("select i.refusalReason, count(i) from Inquiry i"
                        + " where i.outcome = :refused and i.receivedAt >= :from and i.receivedAt < :to"
                        + " group by i.refusalReason order by count(i) desc, i.refusalReason", Object[].class)
                .setParameter("refused", InquiryOutcome.REFUSED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(MAX_REFUSAL_REASONS).getResultList();

        return new ConversionReport(from, to, counts(byOutcome, 0), sourceRows(bySource),
                reasons.stream().map(row -> new RefusalCount((String) row[0], ((Number) row[1]).longValue())).toList());
    }

    /** Folds rows whose outcome is at {@code outcomeColumn} and count right after it into counts. */
    private static ConversionCounts counts(List<Object[]> rows, int outcomeColumn) {
        Map<InquiryOutcome, Long> counts = new EnumMap<>(InquiryOutcome.class);
        for (Object[] row : rows) {
            counts.merge((InquiryOutcome) row[outcomeColumn], ((Number) row[outcomeColumn + 1]).longValue(), Long::sum);
        }
        return new ConversionCounts(counts.getOrDefault(InquiryOutcome.OPEN, 0L),
                counts.getOrDefault(InquiryOutcome.BECAME_PROJECT, 0L), counts.getOrDefault(InquiryOutcome.REFUSED, 0L));
    }

    /** Groups rows of (source id, source name, outcome, count), kept in the query's order, per source. */
    private static List<LeadSourceConversion> sourceRows(List<Object[]> rows) {
        Map<Long, List<Object[]>> perSource = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Long id = row[0] == null ? null : ((Number) row[0]).longValue();
            perSource.computeIfAbsent(id, key -> new ArrayList<>()).add(row);
            names.put(id, (String) row[1]);
        }
        List<LeadSourceConversion> result = new ArrayList<>();
        perSource.forEach((id, sourceRows) -> {
            if (id != null) {
                result.add(new LeadSourceConversion(id, names.get(id), counts(sourceRows, 2)));
            }
        });
        if (perSource.containsKey(null)) {
            result.add(new LeadSourceConversion(null, null, counts(perSource.get(null), 2)));
        }
        return result;
    }

    private Inquiry requireInquiry(long inquiryId) {
        Inquiry inquiry = em.find(Inquiry.class, inquiryId);
        if (inquiry == null) {
            throw new BusinessException("inquiry.notFound", inquiryId);
        }
        return inquiry;
    }

    private Client requireClient(long clientId) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new BusinessException("client.notFound", clientId);
        }
        return client;
    }

    private LeadSource requireActiveSource(long sourceId) {
        LeadSource source = em.find(LeadSource.class, sourceId);
        if (source == null) {
            throw new BusinessException("leadSource.notFound", sourceId);
        }
        if (!source.isActive()) {
            throw new BusinessException("leadSource.inactive", source.getName());
        }
        return source;
    }

    private String caller() {
        return Callers.name(context);
    }
}
