package com.optimacut.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.ejb.project.ProjectSummary;
import com.optimacut.ejb.report.LeadSourceRevenue;
import com.optimacut.ejb.report.RevenueReport;
import com.optimacut.ejb.report.RevenueReportService;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsManager;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The queries behind the «Источники клиентов» revenue table and the deadline calendar, inside
 * Payara on PostgreSQL. Each test works in its own day of a past year, which no other test and no
 * demo data touches, so the expected numbers are exact.
 */
@ExtendWith(ArquillianExtension.class)
class ManagerReportsIT {

    private static final Duration DAY = Duration.ofDays(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(ManagerReportsIT.class, RevenueFixture.class);
    }

    @Inject
    private RevenueReportService reports;

    @Inject
    private ProjectService projects;

    @EJB
    private RevenueFixture fixture;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsExecutor1 asExecutor;

    /** Returns the start of a day between 2001 and 2020 that this test owns, in UTC. */
    private static Instant ownDay() {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20 * 365));
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void close(long projectId, String total, Instant at) {
        fixture.changeStatus(projectId, "ACCEPTED", "CLOSED", "CLOSE", total == null ? null : new BigDecimal(total), at);
    }

    @Test
    void revenueSumsClosedProjectsBySource() throws Exception {
        Instant from = ownDay();
        Instant to = from.plus(DAY);
        long site = fixture.leadSource("Сайт");
        long fair = fixture.leadSource("Выставка");
        // Сайт: three created in the period, two closed in it (one created earlier), 3 500.75 ₽.
        close(fixture.project(site, from.plusSeconds(3600)), "1000.50", from.plusSeconds(7200));
        close(fixture.project(site, from.minus(DAY.multipliedBy(10))), "2500.25", from);
        fixture.changeStatus(fixture.project(site, from.plusSeconds(60)), "DONE", "ACCEPTED", "ACCEPT",
                new BigDecimal("700.00"), from.plusSeconds(120));
        close(fixture.project(site, from.plusSeconds(30)), "900.00", to.plus(DAY));
        fixture.project(site, to);
        // Выставка: two created and closed in the period, one without a recorded total.
        close(fixture.project(fair, from.plusSeconds(10)), null, from.plusSeconds(20));
        close(fixture.project(fair, from.plusSeconds(40)), "99.99", to.minusSeconds(1));
        // No source: created earlier, closed in the period.
        close(fixture.project(null, from.minus(DAY)), "10.00", from.plusSeconds(50));

        RevenueReport report = asManager.call(() -> reports.revenueByLeadSource(from, to));

        List<LeadSourceRevenue> rows = report.bySource();
        assertEquals(3, rows.size(), rows::toString);
        assertEquals(new LeadSourceRevenue(fair, rows.get(0).leadSourceName(), 2, 2, new BigDecimal("99.99")),
                rows.get(0));
        assertEquals(new LeadSourceRevenue(site, rows.get(1).leadSourceName(), 3, 2, new BigDecimal("3500.75")),
                rows.get(1));
        assertEquals(new LeadSourceRevenue(null, null, 0, 1, new BigDecimal("10.00")), rows.get(2));
        assertEquals(new LeadSourceRevenue(null, null, 5, 5, new BigDecimal("3610.74")), report.total());
    }

    @Test
    void periodWithoutProjectsIsEmpty() throws Exception {
        Instant from = ownDay();

        RevenueReport report = asManager.call(() -> reports.revenueByLeadSource(from, from.plus(DAY)));

        assertEquals(List.of(), report.bySource());
        assertEquals(0, BigDecimal.ZERO.compareTo(report.total().revenue()));
    }

    @Test
    void revenuePeriodEndingAtStartRejected() {
        Instant from = ownDay();

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> reports.revenueByLeadSource(from, from)));

        assertEquals("report.period.invalid", rejected.getKey());
    }

    @Test
    void executorCannotReadRevenue() {
        Instant from = ownDay();

        assertThrows(EJBAccessException.class,
                () -> asExecutor.call(() -> reports.revenueByLeadSource(from, from.plus(DAY))));
    }

    @Test
    void deadlinesListOpenProjectsOfRangeOnly() throws Exception {
        Instant from = ownDay();
        Instant to = from.plus(DAY.multipliedBy(7));
        long early = fixture.project(null, from);
        fixture.deadline(early, from.plusSeconds(3600));
        long late = fixture.project(null, from);
        fixture.deadline(late, to.minusSeconds(1));
        long refused = fixture.project(null, from);
        fixture.deadline(refused, from.plusSeconds(7200));
        fixture.changeStatus(refused, "WAITING", "REFUSED", "REFUSE", null, from.plusSeconds(60));
        long outside = fixture.project(null, from);
        fixture.deadline(outside, to);

        List<ProjectSummary> due = asManager.call(() -> projects.deadlines(from, to));

        assertEquals(List.of(early, late), due.stream().map(ProjectSummary::id).toList());
    }
}
