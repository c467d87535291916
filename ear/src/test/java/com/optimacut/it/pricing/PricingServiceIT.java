package com.optimacut.it.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.project.DiscountSource;
import com.optimacut.domain.settings.SettingKey;
import com.optimacut.ejb.catalog.SettingsService;
import com.optimacut.ejb.client.ClientMaterialPrice;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.FileDimensions;
import com.optimacut.ejb.client.SpecialTerms;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.pricing.DiscountCandidate;
import com.optimacut.ejb.pricing.DiscountProposalDetails;
import com.optimacut.ejb.pricing.ItemPriceDetails;
import com.optimacut.ejb.pricing.PricingService;
import com.optimacut.ejb.pricing.ProjectDiscount;
import com.optimacut.ejb.pricing.ProjectPriceDetails;
import com.optimacut.ejb.project.DeliveryFields;
import com.optimacut.ejb.project.ItemLine;
import com.optimacut.ejb.project.NewProject;
import com.optimacut.ejb.project.ProjectChanges;
import com.optimacut.ejb.project.ProjectDetails;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.it.client.LayoutSamples;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsIntegrator;
import com.optimacut.it.support.RunAsManager;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link PricingService} inside Payara on PostgreSQL. The hand-checked case is the sheet case of the
 * pricing unit tests. It prices 37 parts of 100 × 200 mm with 600 mm of cut on plywood sheets of
 * 1000 × 500 mm at 1 500.00 ₽, with gap 2 mm, kerf 0.2 mm and cutting at 20.00 ₽/m. 18 parts fit
 * on a sheet, so 3 sheets cost 4 500.00 ₽. The cut is 600 mm × 37 = 22.2 m × 20.00 = 444.00 ₽, and
 * the total is 4 944.00 ₽.
 */
@ExtendWith(ArquillianExtension.class)
class PricingServiceIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final BigDecimal HAND_CHECKED_TOTAL = new BigDecimal("4944.00");

    @Deployment
    static EnterpriseArchive deployment() {
        return LayoutSamples.addTo(Deployments.inContainer(PricingServiceIT.class, PricingFixture.class));
    }

    @Inject
    private PricingService pricing;

    @Inject
    private ClientService clients;

    @Inject
    private ProjectService projects;

    @Inject
    private SettingsService settings;

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

    // ---- Price ----------------------------------------------------------------------------

    @Test
    void createdProjectGetsItsTotal() throws Exception {
        long clientId = fixture.client();
        long fileId = pdfWithHandCheckedPart(clientId);
        long materialId = fixture.plywood(BigDecimal.ZERO);

        long projectId = asManager.call(() -> projects.create(newProject(clientId, fileId, materialId, 37))).id();

        assertEquals(0, HAND_CHECKED_TOTAL.compareTo((BigDecimal) fixture.column("project", "price_total", projectId)));
    }

    @Test
    void changedQuantityRecomputesTotal() throws Exception {
        long clientId = fixture.client();
        long fileId = pdfWithHandCheckedPart(clientId);
        long materialId = fixture.plywood(BigDecimal.ZERO);
        long projectId = asManager.call(() -> projects.create(newProject(clientId, fileId, materialId, 37))).id();
        ProjectDetails details = asManager.call(() -> projects.details(projectId));
        ItemLine item = new ItemLine(details.items().get(0).itemId(), 18, fileId, materialId, null);

        asManager.call(() -> projects.update(new ProjectChanges(projectId, details.summary().version(),
                details.summary().name(), null, null, null, null, List.of(item), null, DeliveryFields.NONE)));

        // 18 parts fit on one sheet: 1 500.00 ₽; cut 600 mm × 18 = 10.8 m × 20.00 = 216.00 ₽; total 1 716.00 ₽.
        assertEquals(0, new BigDecimal("1716.00").compareTo(
                (BigDecimal) fixture.column("project", "price_total", projectId)));
    }

    @Test
    void handCheckedItemPriceRecorded() throws Exception {
        long projectId = handCheckedProject(fixture.client());

        ProjectPriceDetails price = asManager.call(() -> pricing.priceProject(projectId, RUSSIAN));

        ItemPriceDetails item = price.items().get(0);
        assertEquals(18, item.partsPerSheet());
        assertEquals(3, item.sheets());
        assertEquals(HAND_CHECKED_TOTAL, item.total());
        assertEquals(HAND_CHECKED_TOTAL, price.total());
        assertTrue(price.totalRecorded());
        assertEquals(0, HAND_CHECKED_TOTAL.compareTo((BigDecimal) fixture.column("project", "price_total", projectId)));
    }

    @Test
    void detailsShowFormulasInRussian() throws Exception {
        long projectId = handCheckedProject(fixture.client());

        ProjectPriceDetails price = asManager.call(() -> pricing.priceProject(projectId, RUSSIAN));

        List<String> details = plain(price.items().get(0).details());
        assertTrue(details.contains("Материал: 3 лист. × 1 500,00 ₽ = 4 500,00 ₽"), details::toString);
        assertTrue(details.contains("Резка: 600 мм × 37 шт. = 22,2 м × 20,00 ₽/м = 444,00 ₽"), details::toString);
        assertEquals("Итого по проекту (1 изд.): 4 944,00 ₽", plain(List.of(price.totalLine())).get(0));
    }

    @Test
    void detailsShowFormulasInEnglish() throws Exception {
        long projectId = handCheckedProject(fixture.client());

        ProjectPriceDetails price = asManager.call(() -> pricing.priceProject(projectId, Locale.ENGLISH));

        assertTrue(price.items().get(0).details().contains("Material: 3 sheets × 1,500.00 ₽ = 4,500.00 ₽"),
                price.items().get(0).details()::toString);
    }

    @Test
    void analysedDxfPricedFromMeasures() throws Exception {
        long clientId = fixture.client();
        long fileId = asManager.call(() -> clients.upload(clientId, "plate.dxf",
                LayoutSamples.read(LayoutSamples.RECT_WITH_HOLE_DXF))).file().id();
        long projectId = fixture.projectWithItem(clientId, fileId, fixture.plywood(new BigDecimal("1.50")), 10);

        ProjectPriceDetails price = asManager.call(() -> pricing.priceProject(projectId, RUSSIAN));

        // 100 × 50 mm: 9 × 9 = 81 per sheet, 1 sheet = 1 500.00; 362.83 mm × 10 = 3.6283 m × 20.00
        // = 72.566; 2 pierces × 10 × 1.50 = 30.00; 1 602.566 rounds half-up to 1 602.57
        assertEquals(81, price.items().get(0).partsPerSheet());
        assertEquals(new BigDecimal("1602.57"), price.total());
    }

    @Test
    void specialPriceReplacesSheetPrice() throws Exception {
        long clientId = fixture.client();
        long materialId = fixture.plywood(BigDecimal.ZERO);
        long version = asManager.call(() -> clients.find(clientId)).version();
        asManager.call(() -> clients.updateSpecialTerms(clientId, version, new SpecialTerms(null, null, null,
                List.of(new ClientMaterialPrice(materialId, null, new BigDecimal("1000.00"), null)))));
        long projectId = fixture.projectWithItem(clientId, pdfWithHandCheckedPart(clientId), materialId, 37);

        ProjectPriceDetails price = asManager.call(() -> pricing.priceProject(projectId, RUSSIAN));

        // 3 sheets × 1 000.00 + 444.00 cutting
        assertEquals(new BigDecimal("3444.00"), price.total());
        assertTrue(plain(price.items().get(0).details()).contains(
                "Материал по специальной цене клиента: 3 лист. × 1 000,00 ₽ = 3 000,00 ₽"));
    }

    @Test
    void startedProjectPricedButNotRecorded() throws Exception {
        long projectId = handCheckedProject(fixture.client());
        fixture.startWork(projectId);

        ProjectPriceDetails price = asManager.call(() -> pricing.priceProject(projectId, RUSSIAN));

        assertEquals(HAND_CHECKED_TOTAL, price.total());
        assertFalse(price.totalRecorded());
        assertNull(fixture.column("project", "price_total", projectId));
    }

    @Test
    void layoutWithoutDimensionsRejected() throws Exception {
        long clientId = fixture.client();
        long fileId = asManager.call(() -> clients.upload(clientId, "drawing.pdf",
                LayoutSamples.pdf(PricingFixture.uniqueCode("pdf")))).file().id();
        long projectId = fixture.projectWithItem(clientId, fileId, fixture.plywood(BigDecimal.ZERO), 1);

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> pricing.priceProject(projectId, RUSSIAN)));

        assertEquals("pricing.item.noDimensions", rejected.getKey());
        assertNull(fixture.column("project", "price_total", projectId));
    }

    @Test
    void partLargerThanSheetRejected() throws Exception {
        long clientId = fixture.client();
        long fileId = asManager.call(() -> clients.upload(clientId, "big.pdf",
                LayoutSamples.pdf(PricingFixture.uniqueCode("pdf")))).file().id();
        asManager.call(() -> clients.enterDimensions(fileId,
                new FileDimensions(new BigDecimal("2000"), new BigDecimal("2000"), null, null, null)));
        long projectId = fixture.projectWithItem(clientId, fileId, fixture.plywood(BigDecimal.ZERO), 1);

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> pricing.priceProject(projectId, RUSSIAN)));

        assertEquals(BusinessException.Source.PRICING, rejected.getSource());
        assertEquals("pricing.error.partDoesNotFit", rejected.getKey());
    }

    // ---- Discounts ------------------------------------------------------------------------

    @Test
    void proposalListsEverySourceAndPicksLargest() throws Exception {
        long clientId = clientWithTerms(new BigDecimal("4.5"), null);
        closeProjectFor(clientId, new BigDecimal("1000.00"));
        setTiers("1000=3; 4000=5", "1=2; 3=4");
        long projectId = handCheckedProject(clientId);

        DiscountProposalDetails proposal = asManager.call(() -> pricing.proposeDiscounts(projectId, RUSSIAN));

        assertEquals(List.of(DiscountSource.VOLUME, DiscountSource.CLIENT_TIER, DiscountSource.INDIVIDUAL),
                proposal.candidates().stream().map(DiscountCandidate::source).toList());
        assertEquals(1, proposal.closedProjects());
        assertEquals(new BigDecimal("1000.00"), proposal.closedProjectsSum());
        assertEquals(0, new BigDecimal("5").compareTo(proposal.proposedPercent()));
        assertEquals(DiscountSource.VOLUME, proposal.proposedSource());
    }

    @Test
    void tierSetInProfileProposed() throws Exception {
        long clientId = clientWithTerms(null, new BigDecimal("7"));
        setTiers("1000=3; 4000=5", "1=2; 3=4");
        long projectId = handCheckedProject(clientId);

        DiscountProposalDetails proposal = asManager.call(() -> pricing.proposeDiscounts(projectId, RUSSIAN));

        assertEquals(DiscountSource.CLIENT_TIER, proposal.proposedSource());
        assertEquals(0, new BigDecimal("7").compareTo(proposal.proposedPercent()));
        assertTrue(proposal.summary().contains("Постоянный клиент"), proposal.summary());
    }

    @Test
    void proposedDiscountAppliedAndRecorded() throws Exception {
        setTiers("1000=3; 4000=5", "");
        long projectId = handCheckedProject(fixture.client());

        ProjectDiscount applied = asManager.call(() -> pricing.applyDiscount(projectId, new BigDecimal("5"),
                DiscountSource.VOLUME, null));

        assertEquals("it-manager", applied.appliedBy());
        assertEquals("VOLUME", fixture.column("project", "discount_source", projectId));
        assertEquals("it-manager", fixture.column("project", "discount_applied_by", projectId));
        ProjectPriceDetails price = asManager.call(() -> pricing.priceProject(projectId, RUSSIAN));
        // 4 944.00 × 5 % = 247.20; to pay 4 696.80
        assertEquals(new BigDecimal("4696.80"), price.discountedTotal());
    }

    @Test
    void percentNotProposedRejected() throws Exception {
        setTiers("1000=3; 4000=5", "");
        long projectId = handCheckedProject(fixture.client());

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> pricing.applyDiscount(projectId, new BigDecimal("8"), DiscountSource.VOLUME, null)));

        assertEquals("pricing.discount.notProposed", rejected.getKey());
        assertNull(fixture.column("project", "discount_percent", projectId));
    }

    @Test
    void overrideWithoutReasonRejected() throws Exception {
        long projectId = handCheckedProject(fixture.client());

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> pricing.applyDiscount(projectId, new BigDecimal("8"), DiscountSource.MANUAL, " ")));

        assertEquals("discount.reason.required", rejected.getKey());
        assertNull(fixture.column("project", "discount_percent", projectId));
    }

    @Test
    void overrideWithReasonRecorded() throws Exception {
        long projectId = handCheckedProject(fixture.client());

        asManager.call(() -> pricing.applyDiscount(projectId, new BigDecimal("8"), DiscountSource.MANUAL,
                "Крупный заказ к выставке"));

        assertEquals("MANUAL", fixture.column("project", "discount_source", projectId));
        assertEquals("Крупный заказ к выставке", fixture.column("project", "discount_reason", projectId));
        assertEquals(0, new BigDecimal("8").compareTo((BigDecimal) fixture.column("project", "discount_percent",
                projectId)));
    }

    @Test
    void overrideShownInDetails() throws Exception {
        long projectId = handCheckedProject(fixture.client());
        asManager.call(() -> pricing.applyDiscount(projectId, new BigDecimal("10"), DiscountSource.MANUAL,
                "Постоянный партнёр"));

        ProjectPriceDetails price = asManager.call(() -> pricing.priceProject(projectId, RUSSIAN));

        // 4 944.00 × 10 % = 494.40; to pay 4 449.60
        assertEquals(new BigDecimal("4449.60"), price.discountedTotal());
        assertTrue(price.discountLine().contains("Постоянный партнёр"), price.discountLine());
    }

    // ---- Authorization --------------------------------------------------------------------

    @Test
    void otherRolesCannotPrice() {
        long projectId = handCheckedProject(fixture.client());

        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> pricing.priceProject(projectId, RUSSIAN)));
        assertThrows(EJBAccessException.class, () -> asExecutor.call(() -> pricing.priceProject(projectId, RUSSIAN)));
        assertThrows(EJBAccessException.class, () -> asIntegrator.call(() -> pricing.priceProject(projectId, RUSSIAN)));
    }

    @Test
    void otherRolesCannotApplyDiscount() {
        long projectId = handCheckedProject(fixture.client());

        assertThrows(EJBAccessException.class, () -> asAdmin.call(
                () -> pricing.applyDiscount(projectId, BigDecimal.ONE, DiscountSource.MANUAL, "Причина")));
        assertThrows(EJBAccessException.class, () -> asExecutor.call(
                () -> pricing.proposeDiscounts(projectId, RUSSIAN)));
        assertNull(fixture.column("project", "discount_percent", projectId));
    }

    @Test
    void anonymousCallsRejected() {
        assertThrows(EJBAccessException.class, () -> pricing.priceProject(1, RUSSIAN));
        assertThrows(EJBAccessException.class, () -> pricing.proposeDiscounts(1, RUSSIAN));
        assertThrows(EJBAccessException.class,
                () -> pricing.applyDiscount(1, BigDecimal.ONE, DiscountSource.MANUAL, "Причина"));
    }

    // ---- Helpers --------------------------------------------------------------------------

    private static NewProject newProject(long clientId, long fileId, long materialId, int quantity) {
        return new NewProject(clientId, null, null, PricingFixture.uniqueCode("Проект"), null, null, null,
                List.of(new ItemLine(null, quantity, fileId, materialId, null)), null, DeliveryFields.NONE);
    }

    private long handCheckedProject(long clientId) {
        try {
            return fixture.projectWithItem(clientId, pdfWithHandCheckedPart(clientId), fixture.plywood(BigDecimal.ZERO), 37);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads a PDF and enters the part of the hand-checked case: 100 × 200 mm, 600 mm of cut, no pierces. */
    private long pdfWithHandCheckedPart(long clientId) throws Exception {
        long fileId = asManager.call(() -> clients.upload(clientId, "part.pdf",
                LayoutSamples.pdf(PricingFixture.uniqueCode("pdf")))).file().id();
        asManager.call(() -> clients.enterDimensions(fileId,
                new FileDimensions(new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("600"), 0, null)));
        return fileId;
    }

    private long clientWithTerms(BigDecimal individualPercent, BigDecimal tierOverride) throws Exception {
        long clientId = fixture.client();
        long version = asManager.call(() -> clients.find(clientId)).version();
        asManager.call(() -> clients.updateSpecialTerms(clientId, version,
                new SpecialTerms(null, individualPercent, tierOverride, List.of())));
        return clientId;
    }

    private void closeProjectFor(long clientId, BigDecimal total) {
        fixture.close(fixture.emptyProject(clientId), total);
    }

    private void setTiers(String volume, String client) throws Exception {
        asAdmin.call(() -> settings.change(SettingKey.VOLUME_DISCOUNT_TIERS, volume));
        asAdmin.call(() -> settings.change(SettingKey.CLIENT_DISCOUNT_TIERS, client));
    }

    /** Replaces the no-break spaces that Russian number formats group digits with by plain spaces. */
    private static List<String> plain(List<String> lines) {
        return lines.stream().map(line -> line.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }
}
