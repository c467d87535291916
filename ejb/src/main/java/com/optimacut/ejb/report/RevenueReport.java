package com.optimacut.ejb.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Projects and revenue by lead source from {@code from} inclusive to {@code to} exclusive.
 *
 * @param bySource one row per lead source with new or closed projects in the period, by name,
 *     the projects without a source last
 * @param total the sums over every row, with {@code null} source id and name
 */
public record RevenueReport(Instant from, Instant to, List<LeadSourceRevenue> bySource, LeadSourceRevenue total)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public RevenueReport {
        bySource = List.copyOf(bySource);
    }

    /** Returns whether the period has neither new nor closed projects. */
    public boolean isEmpty() {
        return total.newProjects() == 0 && total.closedProjects() == 0;
    }

    /** Returns whether any project closed in the period has revenue above zero. */
    public boolean hasRevenue() {
        return total.revenue().compareTo(BigDecimal.ZERO) > 0;
    }
}
