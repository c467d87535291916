package com.optimacut.it.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.domain.inquiry.InquiryOutcome;
import com.optimacut.ejb.catalog.LeadSourceService;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.inquiry.ConversionCounts;
import com.optimacut.ejb.inquiry.ConversionReport;
import com.optimacut.ejb.inquiry.InquiryService;
import com.optimacut.ejb.inquiry.InquirySummary;
import com.optimacut.ejb.inquiry.LeadSourceConversion;
import com.optimacut.ejb.inquiry.NewInquiry;
import com.optimacut.ejb.inquiry.RefusalCount;
import com.optimacut.it.pricing.PricingFixture;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsIntegrator;
import com.optimacut.it.support.RunAsManager;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link InquiryService} inside Payara on PostgreSQL: outcomes are stored, an inquiry becomes at
 * most one project, and the conversion report counts by period, lead source and reason.
 */
@ExtendWith(ArquillianExtension.class)
class InquiryServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(InquiryServiceIT.class, PricingFixture.class);
    }

    @Inject
    private InquiryService inquiries;

    @Inject
    private LeadSourceService leadSources;

    @EJB
    private PricingFixture fixture;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsAdmin asAdmin;

    @Inject
    private RunAsExecutor1 asExecutor;

    @Inject
    private RunAsIntegrator asIntegrator;

    @Test
    void inquiryFromContactStoredOpen() throws Exception {
        InquirySummary created = asManager.call(() -> inquiries.create(
                new NewInquiry(null, "Анна, +7 900 000-00-00", "Нужны 20 табличек из акрила", null, null)));

        assertEquals(InquiryOutcome.OPEN, created.outcome());
        assertEquals("OPEN", fixture.column("inquiry", "outcome", created.id()));
    }

    @Test
    void inquiryWithoutSenderRejected() {
        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> inquiries.create(new NewInquiry(null, " ", "Текст", null, null))));

        assertEquals("inquiry.contact.required", rejected.getKey());
    }

    @Test
    void inactiveLeadSourceRejected() throws Exception {
        long sourceId = asAdmin.call(() -> leadSources.create(PricingFixture.uniqueCode("Выставка"))).id();
        asAdmin.call(() -> leadSources.deactivate(sourceId));

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> inquiries.create(new NewInquiry(null, "Контакт", "Текст", sourceId, null))));

        assertEquals("leadSource.inactive", rejected.getKey());
    }

    @Test
    void refusalStoresReason() throws Exception {
        long id = openInquiry(null, null, Instant.now());

        asManager.call(() -> inquiries.refuse(id, "Дорого"));

        assertEquals("REFUSED", fixture.column("inquiry", "outcome", id));
        assertEquals("Дорого", fixture.column("inquiry", "refusal_reason", id));
        assertEquals("it-manager", fixture.column("inquiry", "decided_by", id));
    }

    @Test
    void refusalWithoutReasonRejected() throws Exception {
        long id = openInquiry(null, null, Instant.now());

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> inquiries.refuse(id, "  ")));

        assertEquals("text.required", rejected.getKey());
        assertEquals("OPEN", fixture.column("inquiry", "outcome", id));
    }

    @Test
    void linkedInquiryBecomesProject() throws Exception {
        long clientId = fixture.client();
        long inquiryId = openInquiry(clientId, null, Instant.now());
        long projectId = fixture.emptyProject(clientId);

        InquirySummary linked = asManager.call(() -> inquiries.linkToProject(inquiryId, projectId));

        assertEquals(InquiryOutcome.BECAME_PROJECT, linked.outcome());
        assertEquals(projectId, linked.projectId());
        assertEquals(inquiryId, ((Number) fixture.column("project", "inquiry_id", projectId)).longValue());
    }

    @Test
    void secondProjectForInquiryRejected() throws Exception {
        long clientId = fixture.client();
        long inquiryId = openInquiry(clientId, null, Instant.now());
        long first = fixture.emptyProject(clientId);
        long second = fixture.emptyProject(clientId);
        asManager.call(() -> inquiries.linkToProject(inquiryId, first));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> inquiries.linkToProject(inquiryId, second)));

        assertEquals("inquiry.notOpen", rejected.getKey());
        assertNull(fixture.column("project", "inquiry_id", second));
    }

    @Test
    void inquiryOfOtherClientNotLinked() throws Exception {
        long inquiryId = openInquiry(fixture.client(), null, Instant.now());
        long projectId = fixture.emptyProject(fixture.client());

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> inquiries.linkToProject(inquiryId, projectId)));

        assertEquals("project.inquiry.otherClient", rejected.getKey());
    }

    @Test
    void listByOutcomePagesNewestFirst() throws Exception {
        Instant base = Instant.now().plus(Duration.ofDays(3650 + ThreadLocalRandom.current().nextInt(3650)));
        long oldest = openInquiry(null, null, base);
        long middle = openInquiry(null, null, base.plusSeconds(1));
        long newest = openInquiry(null, null, base.plusSeconds(2));
        asManager.call(() -> inquiries.refuse(middle, "Не наш профиль"));

        Page<InquirySummary> refused = asManager.call(() -> inquiries.list(InquiryOutcome.REFUSED, 0, 1));
        Page<InquirySummary> open = asManager.call(() -> inquiries.list(InquiryOutcome.OPEN, 0, 2));

        assertEquals(middle, refused.rows().get(0).id());
        assertEquals(List.of(newest, oldest), open.rows().stream().map(InquirySummary::id).toList());
        assertEquals(fixture.count("inquiry", "outcome", "OPEN"), open.total());
    }

    @Test
    void conversionCountsByPeriodSourceAndReason() throws Exception {
        Instant from = randomPastDay();
        Instant to = from.plus(Duration.ofDays(1));
        String sourceName = PricingFixture.uniqueCode("Яндекс");
        long sourceId = asAdmin.call(() -> leadSources.create(sourceName)).id();
        long clientId = fixture.client();
        long converted = openInquiry(clientId, sourceId, from.plusSeconds(60));
        asManager.call(() -> inquiries.linkToProject(converted, fixture.emptyProject(clientId)));
        long refusedA = openInquiry(null, sourceId, from.plusSeconds(120));
        long refusedB = openInquiry(null, null, from.plusSeconds(180));
        asManager.call(() -> inquiries.refuse(refusedA, "Дорого"));
        asManager.call(() -> inquiries.refuse(refusedB, "Дорого"));
        openInquiry(null, null, from.plusSeconds(240));
        openInquiry(null, null, to);

        ConversionReport report = asManager.call(() -> inquiries.conversion(from, to));

        assertEquals(new ConversionCounts(1, 1, 2), report.total());
        assertEquals(new BigDecimal("33.3"), report.total().conversionPercent());
        assertEquals(List.of(new LeadSourceConversion(sourceId, sourceName, new ConversionCounts(0, 1, 1)),
                new LeadSourceConversion(null, null, new ConversionCounts(1, 0, 1))), report.bySource());
        assertEquals(List.of(new RefusalCount("Дорого", 2)), report.refusalReasons());
    }

    @Test
    void conversionOfReversedPeriodRejected() {
        Instant now = Instant.now();

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> inquiries.conversion(now, now.minusSeconds(1))));

        assertEquals("inquiry.period.invalid", rejected.getKey());
    }

    @Test
    void integratorRecordsInquiry() throws Exception {
        InquirySummary created = asIntegrator.call(() -> inquiries.create(
                new NewInquiry(null, "Форма сайта: ivan@example.test", "Сколько стоит резка фанеры?", null, null)));

        assertEquals(InquiryOutcome.OPEN, created.outcome());
    }

    @Test
    void integratorCannotListInquiries() {
        assertThrows(EJBAccessException.class, () -> asIntegrator.call(() -> inquiries.list(null, 0, 10)));
    }

    @Test
    void executorCannotRecordInquiry() {
        assertThrows(EJBAccessException.class, () -> asExecutor.call(
                () -> inquiries.create(new NewInquiry(null, "Контакт", "Текст", null, null))));
    }

    @Test
    void adminReadsConversionButCannotRefuse() throws Exception {
        Instant now = Instant.now();
        long id = openInquiry(null, null, now);

        asAdmin.call(() -> inquiries.conversion(now.minusSeconds(60), now.plusSeconds(60)));

        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> inquiries.refuse(id, "Дорого")));
    }

    @Test
    void anonymousCallsRejected() {
        Instant now = Instant.now();

        assertThrows(EJBAccessException.class,
                () -> inquiries.create(new NewInquiry(null, "Контакт", "Текст", null, null)));
        assertThrows(EJBAccessException.class, () -> inquiries.list(null, 0, 10));
        assertThrows(EJBAccessException.class, () -> inquiries.refuse(1, "Дорого"));
        assertThrows(EJBAccessException.class, () -> inquiries.linkToProject(1, 1));
        assertThrows(EJBAccessException.class, () -> inquiries.conversion(now.minusSeconds(60), now));
    }

    private long openInquiry(Long clientId, Long sourceId, Instant receivedAt) throws Exception {
        String contact = clientId == null ? "Контакт " + PricingFixture.uniqueCode("c") : null;
        return asManager.call(() -> inquiries.create(
                new NewInquiry(clientId, contact, "Запрос на резку", sourceId, receivedAt))).id();
    }

    /** Returns the start of a random day in the 1980s and 1990s, which no other test uses. */
    private static Instant randomPastDay() {
        long day = ThreadLocalRandom.current().nextLong(3650, 10950);
        return Instant.parse("1970-01-01T00:00:00Z").plus(Duration.ofDays(day));
    }
}
