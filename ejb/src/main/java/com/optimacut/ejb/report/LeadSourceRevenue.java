package com.optimacut.ejb.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The projects and revenue of one lead source in a period.
 *
 * @param leadSourceId the source, or {@code null} for projects without one
 * @param leadSourceName the source's name, or {@code null} for projects without one
 * @param newProjects the projects created in the period
 * @param closedProjects the projects closed («Закрыт») in the period
 * @param revenue the sum of the recorded totals of the projects closed in the period, in roubles;
 *     a closed project without a recorded total adds nothing
 */
public record LeadSourceRevenue(Long leadSourceId, String leadSourceName, long newProjects, long closedProjects,
        BigDecimal revenue) implements Serializable {

    private static final long serialVersionUID = 1L;
}
