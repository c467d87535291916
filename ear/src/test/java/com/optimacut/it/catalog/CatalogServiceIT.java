package com.optimacut.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.executor.Trade;
import com.optimacut.domain.material.CuttingPricing;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.material.SheetPricing;
import com.optimacut.domain.settings.SettingKey;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.catalog.ExecutorService;
import com.optimacut.ejb.catalog.ExecutorSummary;
import com.optimacut.ejb.catalog.LeadSourceService;
import com.optimacut.ejb.catalog.LeadSourceSummary;
import com.optimacut.ejb.catalog.MaterialData;
import com.optimacut.ejb.catalog.MaterialDetails;
import com.optimacut.ejb.catalog.MaterialService;
import com.optimacut.ejb.catalog.MaterialSummary;
import com.optimacut.ejb.catalog.SettingValue;
import com.optimacut.ejb.catalog.SettingsService;
import com.optimacut.ejb.common.BusinessException;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue services inside Payara on PostgreSQL: materials with their validation messages,
 * executors and competencies, lead sources and settings, each with its roles.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(CatalogServiceIT.class, PricingFixture.class);
    }

    @Inject
    private MaterialService materials;

    @Inject
    private ExecutorService executors;

    @Inject
    private LeadSourceService leadSources;

    @Inject
    private SettingsService settings;

    @EJB
    private PricingFixture fixture;

    @Inject
    private RunAsAdmin asAdmin;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsExecutor1 asExecutor;

    @Inject
    private RunAsIntegrator asIntegrator;

    // ---- Materials ------------------------------------------------------------------------

    @Test
    void materialCreatedAndStored() throws Exception {
        MaterialData data = plywood(PricingFixture.uniqueCode("FK4"));

        MaterialDetails created = asAdmin.call(() -> materials.create(data));

        assertTrue(created.active());
        assertEquals(data.code(), fixture.column("material", "code", created.id()));
    }

    @Test
    void validationListsEveryBrokenRule() throws Exception {
        MaterialData bad = withThicknessAndKerf(plywood(PricingFixture.uniqueCode("bad")), BigDecimal.ZERO,
                new BigDecimal("-1"));

        List<String> keys = asAdmin.call(() -> materials.validate(bad));

        assertEquals(List.of("material.thickness.range", "material.kerf.range"), keys);
    }

    @Test
    void invalidMaterialRejectedWithMessage() {
        MaterialData bad = withThicknessAndKerf(plywood(PricingFixture.uniqueCode("bad")), BigDecimal.ZERO,
                BigDecimal.ZERO);

        BusinessException rejected = assertThrows(BusinessException.class, () -> asAdmin.call(() -> materials.create(bad)));

        assertEquals("material.thickness.range", rejected.getKey());
        assertEquals("Толщина: от 0,1 до 200 мм, с точностью до 0,01 мм.",
                rejected.localizedMessage(Locale.forLanguageTag("ru")));
        assertEquals(0, fixture.count("material", "code", bad.code()));
    }

    @Test
    void duplicateCodeRejected() throws Exception {
        String code = PricingFixture.uniqueCode("dup");
        asAdmin.call(() -> materials.create(plywood(code)));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> materials.create(plywood(code))));

        assertEquals("material.code.taken", rejected.getKey());
        assertEquals(1, fixture.count("material", "code", code));
    }

    @Test
    void invalidUpdateChangesNothing() throws Exception {
        MaterialDetails created = asAdmin.call(() -> materials.create(plywood(PricingFixture.uniqueCode("upd"))));
        MaterialData bad = withThicknessAndKerf(created.data(), new BigDecimal("500"), BigDecimal.ZERO);

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> materials.update(created.id(), created.version(), bad)));

        assertEquals("material.thickness.range", rejected.getKey());
        assertEquals(0, new BigDecimal("4").compareTo((BigDecimal) fixture.column("material", "thickness_mm",
                created.id())));
    }

    @Test
    void staleMaterialUpdateRejected() throws Exception {
        MaterialDetails created = asAdmin.call(() -> materials.create(plywood(PricingFixture.uniqueCode("old"))));
        asAdmin.call(() -> materials.update(created.id(), created.version(), created.data()));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> materials.update(created.id(), created.version(), created.data())));

        assertEquals("concurrent.modification", rejected.getKey());
    }

    @Test
    void deactivatedMaterialLeavesActiveList() throws Exception {
        long id = asAdmin.call(() -> materials.create(plywood(PricingFixture.uniqueCode("off")))).id();

        asAdmin.call(() -> materials.deactivate(id));

        List<MaterialSummary> active = asExecutor.call(() -> materials.listActive());
        MaterialDetails inCatalogue = asIntegrator.call(() -> materials.catalogue()).stream()
                .filter(m -> m.id() == id).findFirst().orElseThrow();
        assertFalse(active.stream().anyMatch(m -> m.id() == id));
        assertFalse(inCatalogue.active());
    }

    @Test
    void managerCannotCreateMaterial() {
        MaterialData data = plywood(PricingFixture.uniqueCode("mgr"));

        assertThrows(EJBAccessException.class, () -> asManager.call(() -> materials.create(data)));
        assertEquals(0, fixture.count("material", "code", data.code()));
    }

    @Test
    void managerCannotReadCatalogue() {
        assertThrows(EJBAccessException.class, () -> asManager.call(() -> materials.catalogue()));
    }

    @Test
    void materialAnonymousCallsRejected() {
        MaterialData data = plywood(PricingFixture.uniqueCode("anon"));

        assertThrows(EJBAccessException.class, () -> materials.validate(data));
        assertThrows(EJBAccessException.class, () -> materials.create(data));
        assertThrows(EJBAccessException.class, () -> materials.update(1, 0, data));
        assertThrows(EJBAccessException.class, () -> materials.deactivate(1));
        assertThrows(EJBAccessException.class, () -> materials.activate(1));
        assertThrows(EJBAccessException.class, () -> materials.listActive());
        assertThrows(EJBAccessException.class, () -> materials.catalogue());
        assertThrows(EJBAccessException.class, () -> materials.find(1));
    }

    // ---- Executors ------------------------------------------------------------------------

    @Test
    void executorCreatedWithCompetencies() throws Exception {
        String username = fixture.user(Set.of(Role.EXECUTOR));
        long materialId = fixture.plywood(BigDecimal.ZERO);

        ExecutorSummary created = asAdmin.call(() -> executors.create(username, Trade.LASER_OPERATOR, Set.of(materialId)));

        assertEquals(List.of(materialId), created.competencies().stream().map(MaterialSummary::id).toList());
        assertEquals(1, fixture.count("executor_competence", "executor_id", created.id()));
        assertTrue(asManager.call(() -> executors.list()).stream().anyMatch(e -> e.username().equals(username)));
    }

    @Test
    void userWithoutExecutorRoleRejected() throws Exception {
        String username = fixture.user(Set.of(Role.MANAGER));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> executors.create(username, Trade.PACKER, Set.of())));

        assertEquals("executor.notExecutorRole", rejected.getKey());
    }

    @Test
    void secondExecutorForUserRejected() throws Exception {
        String username = fixture.user(Set.of(Role.EXECUTOR));
        asAdmin.call(() -> executors.create(username, Trade.PACKER, Set.of()));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> executors.create(username, Trade.GRINDER, Set.of())));

        assertEquals("executor.exists", rejected.getKey());
    }

    @Test
    void managerReplacesCompetencies() throws Exception {
        String username = fixture.user(Set.of(Role.EXECUTOR));
        long first = fixture.plywood(BigDecimal.ZERO);
        long second = fixture.plywood(BigDecimal.ZERO);
        long third = fixture.plywood(BigDecimal.ZERO);
        long id = asAdmin.call(() -> executors.create(username, Trade.LASER_OPERATOR, Set.of(first))).id();

        ExecutorSummary replaced = asManager.call(() -> executors.replaceCompetencies(id, Set.of(second, third)));

        assertEquals(Set.of(second, third), Set.copyOf(replaced.competencies().stream().map(MaterialSummary::id).toList()));
        assertEquals(2, fixture.count("executor_competence", "executor_id", id));
    }

    @Test
    void inactiveMaterialNotAddedAsCompetence() throws Exception {
        String username = fixture.user(Set.of(Role.EXECUTOR));
        long id = asAdmin.call(() -> executors.create(username, Trade.LASER_OPERATOR, Set.of())).id();
        long materialId = fixture.plywood(BigDecimal.ZERO);
        asAdmin.call(() -> materials.deactivate(materialId));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> executors.replaceCompetencies(id, Set.of(materialId))));

        assertEquals("material.inactive", rejected.getKey());
    }

    @Test
    void executorRoleCannotListExecutors() {
        assertThrows(EJBAccessException.class, () -> asExecutor.call(() -> executors.list()));
    }

    @Test
    void managerCannotCreateExecutor() {
        String username = fixture.user(Set.of(Role.EXECUTOR));

        assertThrows(EJBAccessException.class,
                () -> asManager.call(() -> executors.create(username, Trade.PACKER, Set.of())));
    }

    @Test
    void executorAnonymousCallsRejected() {
        assertThrows(EJBAccessException.class, () -> executors.list());
        assertThrows(EJBAccessException.class, () -> executors.create("nobody", Trade.PACKER, Set.of()));
        assertThrows(EJBAccessException.class, () -> executors.replaceCompetencies(1, Set.of()));
    }

    // ---- Lead sources ---------------------------------------------------------------------

    @Test
    void leadSourceCreatedAndListed() throws Exception {
        String name = PricingFixture.uniqueCode("Авито");

        long id = asAdmin.call(() -> leadSources.create(name)).id();

        assertTrue(asManager.call(() -> leadSources.listActive()).stream().anyMatch(s -> s.id() == id));
    }

    @Test
    void duplicateLeadSourceRejected() throws Exception {
        String name = PricingFixture.uniqueCode("Сарафан");
        asAdmin.call(() -> leadSources.create(name));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> leadSources.create(" " + name + " ")));

        assertEquals("leadSource.nameTaken", rejected.getKey());
        assertEquals(1, fixture.count("lead_source", "name", name));
    }

    @Test
    void deactivatedLeadSourceLeavesActiveList() throws Exception {
        long id = asAdmin.call(() -> leadSources.create(PricingFixture.uniqueCode("Газета"))).id();

        asAdmin.call(() -> leadSources.deactivate(id));

        LeadSourceSummary listed = asAdmin.call(() -> leadSources.listAll()).stream()
                .filter(s -> s.id() == id).findFirst().orElseThrow();
        assertFalse(asManager.call(() -> leadSources.listActive()).stream().anyMatch(s -> s.id() == id));
        assertFalse(listed.active());
    }

    @Test
    void renamedLeadSourceStored() throws Exception {
        long id = asAdmin.call(() -> leadSources.create(PricingFixture.uniqueCode("Старое"))).id();
        String newName = PricingFixture.uniqueCode("Новое");

        LeadSourceSummary renamed = asAdmin.call(() -> leadSources.rename(id, newName));

        assertEquals(newName, renamed.name());
        assertEquals(newName, fixture.column("lead_source", "name", id));
    }

    @Test
    void managerCannotCreateLeadSource() {
        assertThrows(EJBAccessException.class,
                () -> asManager.call(() -> leadSources.create(PricingFixture.uniqueCode("Менеджер"))));
    }

    @Test
    void leadSourceAnonymousCallsRejected() {
        assertThrows(EJBAccessException.class, () -> leadSources.create("Аноним"));
        assertThrows(EJBAccessException.class, () -> leadSources.rename(1, "Аноним"));
        assertThrows(EJBAccessException.class, () -> leadSources.deactivate(1));
        assertThrows(EJBAccessException.class, () -> leadSources.activate(1));
        assertThrows(EJBAccessException.class, () -> leadSources.listAll());
        assertThrows(EJBAccessException.class, () -> leadSources.listActive());
    }

    // ---- Settings -------------------------------------------------------------------------

    @Test
    void courierEmailChangedByAdmin() throws Exception {
        SettingValue changed = asAdmin.call(() -> settings.change(SettingKey.COURIER_EMAIL, " courier@example.test "));

        assertEquals("courier@example.test", changed.value());
        assertEquals("it-admin", changed.updatedBy());
        assertEquals("courier@example.test", settingInDatabase(SettingKey.COURIER_EMAIL));
    }

    @Test
    void invalidEscalationHoursRejected() throws Exception {
        String before = asAdmin.call(() -> settings.get(SettingKey.ESCALATION_HOURS)).value();

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> settings.change(SettingKey.ESCALATION_HOURS, "0")));

        assertEquals("setting.invalid", rejected.getKey());
        assertEquals(before, settingInDatabase(SettingKey.ESCALATION_HOURS));
    }

    @Test
    void discountTiersValidated() {
        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> settings.change(SettingKey.VOLUME_DISCOUNT_TIERS, "5000=5; 1000=3")));

        assertEquals("setting.invalid", rejected.getKey());
    }

    @Test
    void settingsListedInKeyOrder() throws Exception {
        List<SettingValue> all = asAdmin.call(() -> settings.list());

        assertEquals(List.of(SettingKey.values()), all.stream().map(SettingValue::key).toList());
    }

    @Test
    void managerCannotChangeSettings() {
        assertThrows(EJBAccessException.class,
                () -> asManager.call(() -> settings.change(SettingKey.ESCALATION_INTERVAL_MINUTES, "5")));
    }

    @Test
    void settingsAnonymousCallsRejected() {
        assertThrows(EJBAccessException.class, () -> settings.list());
        assertThrows(EJBAccessException.class, () -> settings.get(SettingKey.COURIER_EMAIL));
        assertThrows(EJBAccessException.class, () -> settings.change(SettingKey.COURIER_EMAIL, ""));
    }

    private String settingInDatabase(SettingKey key) {
        return (String) fixture.settingValue(key.key());
    }

    private static MaterialData plywood(String code) {
        return new MaterialData(code, "Фанера ФК 4 мм " + code, MaterialKind.PLYWOOD, new BigDecimal("4"),
                new BigDecimal("1525"), new BigDecimal("1525"), SheetPricing.PER_SHEET, new BigDecimal("1200.00"), null,
                CuttingPricing.BY_TIME, new BigDecimal("25"), new BigDecimal("30.00"), null, new BigDecimal("1.50"),
                BigDecimal.ZERO, null, new BigDecimal("2"), new BigDecimal("0.2"), BigDecimal.ZERO);
    }

    private static MaterialData withThicknessAndKerf(MaterialData d, BigDecimal thickness, BigDecimal kerf) {
        return new MaterialData(d.code(), d.name(), d.kind(), thickness, d.sheetWidthMm(), d.sheetHeightMm(),
                d.sheetPricing(), d.pricePerSheet(), d.pricePerM2(), d.cuttingPricing(), d.cuttingSpeedMmPerS(),
                d.machineMinuteRate(), d.pricePerMetre(), d.pricePerPierce(), d.engravingPricePerCm2(),
                d.engravingLineWidthMm(), d.partGapMm(), kerf, d.minimumCharge());
    }
}
