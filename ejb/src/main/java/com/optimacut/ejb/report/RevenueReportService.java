package com.optimacut.ejb.report;

import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Projects and revenue by lead source («Источники клиентов»). Managers and administrators.
 * <p>
 * The rule, which the user guides repeat: a project counts as new in the period in which it was
 * created, and as revenue in the period in which it was closed («Закрыт»: the client paid and took
 * the order), with the total recorded on the project. Accepted projects still waiting for the
 * client are not revenue yet; a closed project never changes again, so it is counted once. The
 * lead source is the project's own «Откуда о нас узнали», not its inquiry's.
 */
@Stateless
public class RevenueReportService {

    private static final String NEW_BY_SOURCE = "select s.id, s.name, count(p) from Project p"
            + " left join p.leadSource s where p.createdAt >= :from and p.createdAt < :to group by s.id, s.name";
    // NOTE: no index covers status_change by (to_status, changed_at); a long history makes this a scan.
    private static final String CLOSED_BY_SOURCE = "select s.id, s.name, count(p), sum(p.priceTotal)"
            + " from StatusChange c join c.project p left join p.leadSource s"
            + " where c.toStatus = com.optimacut.domain.project.ProjectStatus.CLOSED"
            + " and c.changedAt >= :from and c.changedAt < :to group by s.id, s.name";

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    /**
     * Counts the projects created and closed in a period, and sums the totals of the closed ones,
     * by lead source. Both sums are a GROUP BY in the database.
     *
     * @param from the start of the period, inclusive
     * @param to the end of the period, exclusive
     * @throws BusinessException {@code report.period.invalid} unless {@code from} is before {@code to}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
    public RevenueReport revenueByLeadSource(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new BusinessException("report.period.invalid");
        }
        List<Object[]> created = em.createQuery(NEW_BY_SOURCE, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Object[]> closed = em.createQuery(CLOSED_BY_SOURCE, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();

        List<LeadSourceRevenue> rows = merge(created, closed);
        return new RevenueReport(from, to, rows, total(rows));
    }

    /** Joins the rows of both queries by source and sorts them by name, no source last. */
    private static List<LeadSourceRevenue> merge(List<Object[]> created, List<Object[]> closed) {
        Map<Long, Object[]> bySource = new LinkedHashMap<>();
        for (Object[] row : created) {
            bySource.put(id(row), new Object[] {row[1], count(row[2]), 0L, BigDecimal.ZERO});
        }
        for (Object[] row : closed) {
            Object[] merged = bySource.computeIfAbsent(id(row), key -> new Object[] {row[1], 0L, 0L, BigDecimal.ZERO});
            merged[2] = count(row[2]);
            merged[3] = row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3];
        }
        List<LeadSourceRevenue> rows = new ArrayList<>();
        bySource.forEach((id, v) -> rows.add(
                new LeadSourceRevenue(id, (String) v[0], (Long) v[1], (Long) v[2], (BigDecimal) v[3])));
        rows.sort(Comparator.comparing(LeadSourceRevenue::leadSourceName,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private static LeadSourceRevenue total(List<LeadSourceRevenue> rows) {
        long created = rows.stream().mapToLong(LeadSourceRevenue::newProjects).sum();
        long closed = rows.stream().mapToLong(LeadSourceRevenue::closedProjects).sum();
        BigDecimal revenue = rows.stream().map(LeadSourceRevenue::revenue).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new LeadSourceRevenue(null, null, created, closed, revenue);
    }

    private static Long id(Object[] row) {
        return row[0] == null ? null : ((Number) row[0]).longValue();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
