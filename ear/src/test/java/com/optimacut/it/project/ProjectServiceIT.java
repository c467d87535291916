package com.optimacut.it.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.project.LayoutStatus;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.project.AcceptanceMail;
import com.optimacut.ejb.project.DeliveryFields;
import com.optimacut.ejb.project.HistoryEntry;
import com.optimacut.ejb.project.ItemLine;
import com.optimacut.ejb.project.ProjectChanges;
import com.optimacut.ejb.project.ProjectDetails;
import com.optimacut.ejb.project.ProjectQuery;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.ejb.project.ProjectSort;
import com.optimacut.ejb.project.ProjectSummary;
import com.optimacut.it.project.ProjectDriver.Stage;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsManager;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ProjectService} inside the test server: creating, reading and listing projects, the edit
 * lock after the first take, concurrent edits, and the client's acceptance e-mail.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(ProjectServiceIT.class, ProjectFixture.class, ProjectFixture.Catalogue.class,
                ProjectDriver.class, ProjectDriver.Stage.class);
    }

    @Inject
    private ProjectService projects;

    @Inject
    private ProjectFixture fixture;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsAdmin asAdmin;

    @Resource
    private ManagedExecutorService executorService;

    @Resource(lookup = "jdbc/optimacut")
    private DataSource dataSource;

    private ProjectDriver driver;
    private String tag;
    private String clientEmail;
    private ProjectFixture.Catalogue catalogue;

    @BeforeEach
    void setUp() {
        driver = new ProjectDriver(asManager, projects, fixture);
        tag = ProjectDriver.uniqueTag();
        clientEmail = "client-" + tag + "@example.test";
        catalogue = driver.catalogue(tag, clientEmail);
    }

    @AfterEach
    void parkMail() {
        fixture.parkUnsentMail(clientEmail);
    }

    // ---- Create and read --------------------------------------------------------------------

    @Test
    void createdProjectWaitsWithCreationRow() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 2, null);

        ProjectDetails details = driver.details(id);

        assertEquals(ProjectStatus.WAITING, details.summary().status());
        assertEquals(1, details.history().size());
        assertEquals(ProjectAction.CREATE, details.history().get(0).action());
        assertEquals("it-manager", details.history().get(0).actor());
        assertEquals("it-manager", details.createdBy());
    }

    @Test
    void detailsListItemsWithFileNames() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 2, null);

        ProjectDetails details = driver.details(id);

        assertEquals(2, details.items().size());
        assertEquals("layout-" + tag + ".pdf", details.items().get(0).fileName());
        assertEquals(2, details.items().get(1).quantity());
        assertEquals(LayoutStatus.AVAILABLE, details.items().get(1).layoutStatus());
    }

    @Test
    void detailsShowHistoryNewestLast() throws Exception {
        long id = driver.projectAt(Stage.IN_PROGRESS, catalogue, "Проект " + tag);

        List<HistoryEntry> history = driver.details(id).history();

        assertEquals(ProjectAction.CREATE, history.get(0).action());
        assertEquals(ProjectAction.FIRST_TAKE, history.get(history.size() - 1).action());
    }

    @Test
    void managerSeesAllowedActions() throws Exception {
        long id = driver.projectAt(Stage.IN_PROGRESS, catalogue, "Проект " + tag);

        Set<ProjectAction> allowed = driver.details(id).allowedActions();

        assertEquals(Set.of(ProjectAction.REFUSE, ProjectAction.SUSPEND, ProjectAction.REPORT_DIFFICULTY), allowed);
    }

    @Test
    void adminSeesNoActions() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, null);

        ProjectDetails details = asAdmin.call(() -> projects.details(id));

        assertTrue(details.allowedActions().isEmpty());
    }

    @Test
    void launchedProjectOffersNoSecondLaunch() throws Exception {
        long id = driver.projectAt(Stage.LAUNCHED, catalogue, "Проект " + tag);

        Set<ProjectAction> allowed = driver.details(id).allowedActions();

        assertFalse(allowed.contains(ProjectAction.LAUNCH));
        assertTrue(allowed.contains(ProjectAction.SUSPEND));
    }

    @Test
    void historyPagesNewestFirst() throws Exception {
        long id = driver.projectAt(Stage.DONE, catalogue, "Проект " + tag);

        Page<HistoryEntry> page = asManager.call(() -> projects.history(id, 0, 2));

        assertEquals(4, page.total());
        assertEquals(2, page.rows().size());
        assertEquals(ProjectAction.LAST_COMPLETE, page.rows().get(0).action());
        assertEquals(ProjectAction.FIRST_TAKE, page.rows().get(1).action());
    }

    @Test
    void unknownProjectIsNotFound() {
        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> projects.details(-1)));

        assertEquals("project.notFound", rejected.getKey());
    }

    // ---- List -------------------------------------------------------------------------------

    @Test
    void listFiltersByClientAndSortsByName() throws Exception {
        driver.create(catalogue, "B " + tag, 1, null);
        driver.create(catalogue, "A " + tag, 1, null);
        driver.create(catalogue, "C " + tag, 1, null);

        Page<ProjectSummary> page = asManager.call(() -> projects.list(query(catalogue.clientId(), Set.of(),
                ProjectSort.NAME, true, 0, 2)));

        assertEquals(3, page.total());
        assertEquals(List.of("C " + tag, "B " + tag), page.rows().stream().map(ProjectSummary::name).toList());
    }

    @Test
    void listSecondPageHoldsTheRest() throws Exception {
        driver.create(catalogue, "B " + tag, 1, null);
        driver.create(catalogue, "A " + tag, 1, null);
        driver.create(catalogue, "C " + tag, 1, null);

        Page<ProjectSummary> page = asManager.call(() -> projects.list(query(catalogue.clientId(), Set.of(),
                ProjectSort.NAME, false, 2, 2)));

        assertEquals(List.of("C " + tag), page.rows().stream().map(ProjectSummary::name).toList());
    }

    @Test
    void listFiltersByStatus() throws Exception {
        driver.create(catalogue, "W " + tag, 1, null);
        long refused = driver.projectAt(Stage.REFUSED, catalogue, "R " + tag);

        Page<ProjectSummary> page = asManager.call(() -> projects.list(query(catalogue.clientId(),
                Set.of(ProjectStatus.REFUSED), ProjectSort.DEADLINE, false, 0, 10)));

        assertEquals(1, page.total());
        assertEquals(refused, page.rows().get(0).id());
    }

    @Test
    void listSortsByStatusInLifecycleOrder() throws Exception {
        driver.projectAt(Stage.REFUSED, catalogue, "R " + tag);
        driver.projectAt(Stage.IN_PROGRESS, catalogue, "P " + tag);
        driver.create(catalogue, "W " + tag, 1, null);

        Page<ProjectSummary> page = asManager.call(() -> projects.list(query(catalogue.clientId(), Set.of(),
                ProjectSort.STATUS, false, 0, 10)));

        assertEquals(List.of(ProjectStatus.WAITING, ProjectStatus.IN_PROGRESS, ProjectStatus.REFUSED),
                page.rows().stream().map(ProjectSummary::status).toList());
    }

    @Test
    void listShowsAssignedExecutorName() throws Exception {
        long executorId = fixture.executorId(ProjectDriver.EXECUTOR);
        long id = driver.create(catalogue, "E " + tag, 1, null);
        ProjectDetails details = driver.details(id);
        asManager.call(() -> projects.update(changes(details, details.summary().name(), items(details), executorId,
                null)));

        Page<ProjectSummary> page = asManager.call(() -> projects.list(new ProjectQuery(Set.of(), null, executorId,
                null, null, null, null, ProjectSort.CREATED_AT, true, 0, 1)));

        assertEquals(id, page.rows().get(0).id());
        assertEquals("Исполнитель " + ProjectDriver.EXECUTOR, page.rows().get(0).executorName());
    }

    // ---- Edit lock and concurrent edits -----------------------------------------------------

    @Test
    void productionFieldsSaveBeforeFirstTake() throws Exception {
        long id = driver.projectAt(Stage.LAUNCHED, catalogue, "Проект " + tag);
        ProjectDetails details = driver.details(id);

        asManager.call(() -> projects.update(changes(details, "Новое имя " + tag, withQuantity(details, 7),
                details.executorId(), null)));

        assertEquals(7, driver.details(id).items().get(0).quantity());
    }

    @Test
    void quantityChangeAfterTakeIsLocked() throws Exception {
        long id = driver.projectAt(Stage.IN_PROGRESS, catalogue, "Проект " + tag);
        ProjectDetails details = driver.details(id);

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> projects.update(changes(details, details.summary().name(), withQuantity(details, 7),
                        details.executorId(), details.delivery().fields()))));

        assertEquals("project.locked", rejected.getKey());
        assertEquals(1, driver.details(id).items().get(0).quantity());
    }

    @Test
    void executorChangeAfterTakeIsLocked() throws Exception {
        long executorId = fixture.executorId(ProjectDriver.EXECUTOR);
        long id = driver.projectAt(Stage.IN_PROGRESS, catalogue, "Проект " + tag);
        ProjectDetails details = driver.details(id);

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> projects.update(changes(details, details.summary().name(), items(details), executorId,
                        details.delivery().fields()))));

        assertEquals("project.locked", rejected.getKey());
        assertNull(driver.details(id).executorId());
    }

    @Test
    void deliveryAndDescriptionSaveAfterTake() throws Exception {
        long id = driver.projectAt(Stage.IN_PROGRESS, catalogue, "Проект " + tag);
        ProjectDetails details = driver.details(id);
        DeliveryFields delivery = new DeliveryFields("Москва, ул. Лесная, 5", "Иван", "+7 900 111-22-33",
                LocalDate.now().plusDays(3));

        ProjectChanges changes = new ProjectChanges(id, details.summary().version(), "Новое имя " + tag,
                "Описание после начала работ", details.summary().deadline(), details.materialLocation(), null,
                items(details), null, delivery);

        asManager.call(() -> projects.update(changes));

        ProjectDetails saved = driver.details(id);
        assertEquals(delivery, saved.delivery().fields());
        assertEquals("Новое имя " + tag, saved.summary().name());
        assertEquals("Описание после начала работ", saved.description());
    }

    @Test
    void mixedEditAfterTakeChangesNothing() throws Exception {
        long id = driver.projectAt(Stage.IN_PROGRESS, catalogue, "Проект " + tag);
        ProjectDetails details = driver.details(id);
        DeliveryFields delivery = new DeliveryFields("Москва, ул. Лесная, 5", "Иван", null, LocalDate.now());

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> projects.update(changes(details, "Новое имя " + tag, withQuantity(details, 9),
                        details.executorId(), delivery))));

        assertEquals("project.locked", rejected.getKey());
        assertEquals("items", rejected.getArguments()[0]);
        ProjectDetails stored = driver.details(id);
        assertEquals("Проект " + tag, stored.summary().name());
        assertNull(stored.delivery().fields().address());
        assertEquals(details.summary().version(), stored.summary().version());
    }

    @Test
    void staleVersionIsRejectedAndNotStored() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, null);
        ProjectDetails first = driver.details(id);
        ProjectDetails second = driver.details(id);
        asManager.call(() -> projects.update(changes(first, "Первый " + tag, items(first), null, null)));

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> projects.update(changes(second, "Второй " + tag, items(second), null, null))));

        assertEquals("concurrent.modification", rejected.getKey());
        assertEquals("Первый " + tag, driver.details(id).summary().name());
    }

    @Test
    void concurrentSavesOfOneVersionLetOneWin() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, null);
        ProjectDetails loaded = driver.details(id);
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String name = "Редактор " + i + " " + tag;
            results.add(executorService.submit(() -> {
                start.await();
                try {
                    asManager.call(() -> projects.update(changes(loaded, name, items(loaded), null, null)));
                    return name;
                } catch (BusinessException e) {
                    return e.getKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(outcome(result));
        }

        List<String> winners = outcomes.stream().filter(o -> o.startsWith("Редактор")).toList();
        assertEquals(1, winners.size(), outcomes::toString);
        assertEquals(editors - 1, outcomes.stream().filter("concurrent.modification"::equals).count(), outcomes::toString);
        assertEquals(winners.get(0), driver.details(id).summary().name());
    }

    // ---- Acceptance e-mail ------------------------------------------------------------------

    @Test
    void acceptQueuesClientMailOnce() throws Exception {
        long id = driver.projectAt(Stage.DONE, catalogue, "Проект " + tag);

        AcceptanceMail mail = asManager.call(() -> projects.accept(id, null, null)).mail();
        asManager.call(() -> projects.suspend(id, null, null));
        asManager.call(() -> projects.resume(id, null, null));
        BusinessException again = assertThrows(BusinessException.class,
                () -> asManager.call(() -> projects.accept(id, null, null)));

        assertEquals(AcceptanceMail.QUEUED, mail);
        assertEquals("project.transition.forbidden", again.getKey());
        assertEquals(1, outboxCount(clientEmail, "PROJECT_ACCEPTED"));
    }

    @Test
    void acceptanceMailNamesProject() throws Exception {
        long id = driver.projectAt(Stage.DONE, catalogue, "Проект " + tag);

        asManager.call(() -> projects.accept(id, null, null));

        assertEquals("Оптима-Кат: заказ «Проект " + tag + "» готов", outboxSubject(clientEmail));
    }

    @Test
    void acceptWithoutClientEmailRecordsNothing() throws Exception {
        ProjectFixture.Catalogue noEmail = driver.catalogue(tag + "n", null);
        long id = driver.projectAt(Stage.DONE, noEmail, "Проект " + tag);

        AcceptanceMail mail = asManager.call(() -> projects.accept(id, null, null)).mail();

        assertEquals(AcceptanceMail.NO_CLIENT_EMAIL, mail);
        assertEquals(ProjectStatus.ACCEPTED.name(), queryString("select status from project where id = ?", id));
        assertNull(queryString("select cast(acceptance_mail_at as varchar) from project where id = ?", id));
    }

    @Test
    void acceptWithStaleVersionIsRejected() throws Exception {
        long id = driver.projectAt(Stage.DONE, catalogue, "Проект " + tag);
        long stale = driver.details(id).summary().version() - 1;

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> projects.accept(id, stale, null)));

        assertEquals("concurrent.modification", rejected.getKey());
        assertEquals(0, outboxCount(clientEmail, "PROJECT_ACCEPTED"));
    }

    // ---- Helpers ----------------------------------------------------------------------------

    private static ProjectQuery query(long clientId, Set<ProjectStatus> statuses, ProjectSort sort, boolean descending,
            int first, int size) {
        return new ProjectQuery(statuses, clientId, null, null, null, null, null, sort, descending, first, size);
    }

    private static ProjectChanges changes(ProjectDetails details, String name, List<ItemLine> items, Long executorId,
            DeliveryFields delivery) {
        return new ProjectChanges(details.summary().id(), details.summary().version(), name, details.description(),
                details.summary().deadline(), details.materialLocation(), details.leadSourceId(), items, executorId,
                delivery);
    }

    private static List<ItemLine> items(ProjectDetails details) {
        return details.items().stream().map(i -> new ItemLine(i.itemId(), i.quantity(), i.clientFileId(),
                i.materialId(), i.dimensions())).toList();
    }

    private static List<ItemLine> withQuantity(ProjectDetails details, int quantity) {
        List<ItemLine> items = new ArrayList<>(items(details));
        ItemLine first = items.get(0);
        items.set(0, new ItemLine(first.itemId(), quantity, first.clientFileId(), first.materialId(), first.dimensions()));
        return items;
    }

    private static String outcome(Future<String> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            return "failed: " + e.getCause();
        }
    }

    private int outboxCount(String recipient, String kind) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from outbox_mail where recipient = ? and kind = ?")) {
            statement.setString(1, recipient);
            statement.setString(2, kind);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private String outboxSubject(String recipient) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select subject from outbox_mail where recipient = ?")) {
            statement.setString(1, recipient);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private String queryString(String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
