package com.optimacut.domain.project;

import static com.optimacut.domain.project.ProjectFixtures.MANAGER;
import static com.optimacut.domain.project.ProjectFixtures.NOW;
import static com.optimacut.domain.project.ProjectFixtures.lastChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.shared.DomainRuleException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.function.Executable;

class ProjectRulesTest {

    private static final Instant LATER = NOW.plusSeconds(60);

    private final ProjectFixtures fx = new ProjectFixtures();

    @Test
    void newProjectWaitsWithCreationRow() {
        Project project = new Project(fx.client, "Таблички", MANAGER, NOW);

        assertEquals(ProjectStatus.WAITING, project.getStatus());
        assertEquals(ProjectAction.CREATE, lastChange(project).getAction());
        assertNull(lastChange(project).getFromStatus());
    }

    // ---- Suspend and resume ----

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"WAITING", "IN_PROGRESS", "DIFFICULTIES", "DONE", "ACCEPTED"})
    void resumeReturnsToStatusBeforeSuspension(ProjectStatus before) {
        Project project = fx.in(before);
        project.suspend(MANAGER, null, NOW);

        project.resume(MANAGER, null, LATER);

        assertEquals(before, project.getStatus());
        assertNull(project.getStatusBeforeSuspension());
    }

    @Test
    void suspendRemembersPreviousStatus() {
        Project project = fx.withDifficulties();

        project.suspend(MANAGER, null, NOW);

        assertEquals(ProjectStatus.DIFFICULTIES, project.getStatusBeforeSuspension());
    }

    @Test
    void refusingSuspendedProjectForgetsPreviousStatus() {
        Project project = fx.suspendedFromInProgress();

        project.refuse(MANAGER, "Отказался", NOW);

        assertNull(project.getStatusBeforeSuspension());
    }

    // ---- Launch ----

    @Test
    void launchKeepsWaitingAndSetsLaunchedAt() {
        Project project = fx.waiting(1);

        project.launch(MANAGER, NOW);

        assertEquals(ProjectStatus.WAITING, project.getStatus());
        assertEquals(NOW, project.getLaunchedAt());
    }

    @Test
    void secondLaunchFails() {
        Project project = fx.launched();

        assertKey("project.launch.already", () -> project.launch(MANAGER, NOW));
    }

    @Test
    void launchWithoutItemsFails() {
        Project project = fx.waiting(0);

        assertKey("project.launch.noItems", () -> project.launch(MANAGER, NOW));
    }

    @Test
    void launchWithItemWithoutLayoutFails() {
        Project project = fx.waiting(0);
        project.addItem(1, null, fx.plywood, null, NOW);

        assertKey("project.launch.itemIncomplete", () -> project.launch(MANAGER, NOW));
    }

    // ---- Refuse and rework need a reason ----

    @Test
    void refuseWithoutReasonFails() {
        Project project = fx.waiting(1);

        assertKey("text.required", () -> project.refuse(MANAGER, " ", NOW));
    }

    @Test
    void reworkWithoutReasonFails() {
        Project project = fx.done();

        assertKey("text.required", () -> project.rework(MANAGER, null, project.layouts(), NOW));
    }

    @Test
    void reworkReopensOnlyChosenLayouts() {
        Project project = doneWithTwoLayouts();
        LayoutWork chosen = project.layouts().get(1);

        project.rework(MANAGER, "Сколы на кромке", List.of(chosen), NOW);

        assertEquals(LayoutStatus.AVAILABLE, chosen.getStatus());
        assertNull(chosen.getTakenBy());
        assertEquals(LayoutStatus.COMPLETED, project.layouts().get(0).getStatus());
        assertEquals(ProjectStatus.IN_PROGRESS, project.getStatus());
    }

    @Test
    void reworkedLayoutCompletesProjectAgain() {
        Project project = doneWithTwoLayouts();
        LayoutWork chosen = project.layouts().get(1);
        project.rework(MANAGER, "Сколы", List.of(chosen), NOW);

        chosen.take(fx.laser, LATER);
        chosen.complete(fx.laser, LATER);

        assertEquals(ProjectStatus.DONE, project.getStatus());
    }

    @Test
    void reworkWithoutLayoutsFails() {
        Project project = fx.done();

        assertKey("project.rework.noLayouts", () -> project.rework(MANAGER, "Сколы", List.of(), NOW));
    }

    @Test
    void reworkOfAnotherProjectsLayoutFails() {
        Project project = fx.done();
        Project otherProject = fx.done();

        assertKey("project.rework.layoutNotCompleted",
                () -> project.rework(MANAGER, "Сколы", otherProject.layouts(), NOW));
    }

    private Project doneWithTwoLayouts() {
        Project project = fx.waiting(2);
        project.launch(MANAGER, NOW);
        for (LayoutWork layout : project.layouts()) {
            layout.take(fx.laser, NOW);
            layout.complete(fx.laser, NOW);
        }
        return project;
    }

    // ---- Edit lock ----

    @Test
    void isUnlockedBeforeFirstTake() {
        assertFalse(fx.launched().isProductionLocked());
    }

    @Test
    void addItemAfterTakeIsLocked() {
        Project project = fx.inProgress();

        assertKey("project.locked", () -> project.addItem(1, fx.file(), fx.plywood, null, NOW));
    }

    @Test
    void changeItemAfterTakeIsLocked() {
        Project project = fx.inProgress();
        Item item = project.getItems().get(0);

        assertKey("project.locked", () -> project.changeItem(item, 5, item.getLayout(), fx.plywood, null, NOW));
    }

    @Test
    void removeItemAfterTakeIsLocked() {
        Project project = fx.inProgress();

        assertKey("project.locked", () -> project.removeItem(project.getItems().get(0), NOW));
    }

    @Test
    void assignExecutorAfterTakeIsLocked() {
        Project project = fx.inProgress();

        assertKey("project.locked", () -> project.assignExecutor(fx.other, NOW));
    }

    @Test
    void priceAfterTakeIsLocked() {
        Project project = fx.inProgress();

        assertKey("project.locked", () -> project.recordPriceTotal(new BigDecimal("100.00"), NOW));
    }

    @Test
    void lockStaysAfterRework() {
        Project project = fx.done();
        project.rework(MANAGER, "Сколы", project.layouts(), NOW);

        assertTrue(project.isProductionLocked());
    }

    @Test
    void deliveryChangesAfterTake() {
        Project project = fx.inProgress();

        project.changeDelivery("Москва, ул. Ленина, 1", "Иван", "+7 900 000-00-00", LocalDate.of(2026, 3, 5), LATER);

        assertEquals("Иван", project.getDelivery().getContactPerson());
        assertEquals(LATER, project.getUpdatedAt());
    }

    @Test
    void descriptionChangesAfterTake() {
        Project project = fx.inProgress();

        project.changeDetails("Вывески", "Новое описание", "фанера клиента, ячейка 12", null, LATER);

        assertEquals("Новое описание", project.getDescription());
    }

    @Test
    void deadlineChangesAfterTake() {
        Project project = fx.inProgress();

        project.changeDeadline(LATER, LATER);

        assertEquals(LATER, project.getDeadline());
    }

    @Test
    void closedProjectRejectsDetails() {
        Project project = fx.closed();

        assertKey("project.notOpen", () -> project.changeDetails("x", null, null, null, NOW));
    }

    // ---- Items ----

    @Test
    void itemWithOtherClientsFileFails() {
        Project project = fx.waiting(0);
        Client stranger = new Client("ИП Петров", NOW);
        ClientFile file = new ClientFile(stranger, "x.svg", null, 1, ProjectFixtures.SHA, LayoutFormat.SVG, MANAGER, NOW);

        assertKey("project.item.foreignFile", () -> project.addItem(1, file, fx.plywood, null, NOW));
    }

    @Test
    void itemWithZeroQuantityFails() {
        Project project = fx.waiting(0);

        assertKey("project.item.quantity.range", () -> project.addItem(0, fx.file(), fx.plywood, null, NOW));
    }

    @Test
    void removingItemRenumbersRest() {
        Project project = fx.waiting(3);

        project.removeItem(project.getItems().get(0), NOW);

        assertEquals(1, project.getItems().get(0).getPosition());
        assertEquals(2, project.getItems().get(1).getPosition());
    }

    // ---- Courier request ----

    @Test
    void courierRequestIsRecorded() {
        Project project = withDelivery();

        project.sendCourierRequest(MANAGER, NOW);

        assertTrue(project.getDelivery().isCourierRequested());
        assertEquals(MANAGER, project.getDelivery().getCourierRequestedBy());
        assertEquals(CourierRequestKind.SENT, project.getCourierEvents().get(0).getKind());
    }

    @Test
    void secondCourierRequestFails() {
        Project project = withDelivery();
        project.sendCourierRequest(MANAGER, NOW);

        assertKey("delivery.courier.alreadySent", () -> project.sendCourierRequest(MANAGER, LATER));
    }

    @Test
    void courierRequestAfterResetIsSent() {
        Project project = withDelivery();
        project.sendCourierRequest(MANAGER, NOW);
        project.resetCourierRequest("chief", LATER);

        project.sendCourierRequest(MANAGER, LATER);

        assertEquals(List.of(CourierRequestKind.SENT, CourierRequestKind.RESET, CourierRequestKind.SENT),
                project.getCourierEvents().stream().map(CourierRequestEvent::getKind).toList());
    }

    @Test
    void resetRecordsWhoAndWhen() {
        Project project = withDelivery();
        project.sendCourierRequest(MANAGER, NOW);

        project.resetCourierRequest("chief", LATER);

        CourierRequestEvent reset = project.getCourierEvents().get(1);
        assertEquals("chief", reset.getActor());
        assertEquals(LATER, reset.getOccurredAt());
    }

    @Test
    void resetWithoutRequestFails() {
        Project project = withDelivery();

        assertKey("delivery.courier.notSent", () -> project.resetCourierRequest(MANAGER, NOW));
    }

    @Test
    void courierRequestWithoutDateFails() {
        Project project = fx.waiting(1);
        project.changeDelivery("Москва", "Иван", null, null, NOW);

        assertKey("delivery.incomplete", () -> project.sendCourierRequest(MANAGER, NOW));
    }

    private Project withDelivery() {
        Project project = fx.done();
        project.changeDelivery("Москва, ул. Ленина, 1", "Иван", null, LocalDate.of(2026, 3, 5), NOW);
        return project;
    }

    // ---- Discount and acceptance mail ----

    @Test
    void manualDiscountWithoutReasonFails() {
        Project project = fx.waiting(1);

        assertKey("discount.reason.required",
                () -> project.applyDiscount(new BigDecimal("10"), DiscountSource.MANUAL, null, MANAGER, NOW));
    }

    @Test
    void appliedDiscountRecordsWhoApplied() {
        Project project = fx.waiting(1);

        project.applyDiscount(new BigDecimal("5"), DiscountSource.VOLUME, null, MANAGER, NOW);

        assertEquals(MANAGER, project.getDiscount().getAppliedBy());
        assertEquals(DiscountSource.VOLUME, project.getDiscount().getSource());
    }

    @Test
    void discountAbove100Fails() {
        Project project = fx.waiting(1);

        assertKey("discount.percent.range",
                () -> project.applyDiscount(new BigDecimal("101"), DiscountSource.MANUAL, "why", MANAGER, NOW));
    }

    @Test
    void acceptanceMailIsClaimedOnce() {
        Project project = fx.accepted();

        assertTrue(project.claimAcceptanceMail(NOW));
        assertFalse(project.claimAcceptanceMail(LATER));
    }

    private static void assertKey(String key, Executable action) {
        DomainRuleException e = assertThrows(DomainRuleException.class, action);
        assertEquals(key, e.getKey());
    }
}
