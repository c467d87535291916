package com.optimacut.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.project.CourierRequestKind;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.delivery.CourierEvent;
import com.optimacut.ejb.delivery.DeliveryService;
import com.optimacut.ejb.delivery.DeliverySummary;
import com.optimacut.ejb.project.DeliveryFields;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.it.project.ProjectDriver;
import com.optimacut.it.project.ProjectFixture;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsManager;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link DeliveryService} inside the test server: the deliveries list by date, and the courier
 * request that is queued once, rejected a second time until a reset, and recorded. Each test
 * sets its own courier address, so the outbox rows it counts are its own.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(DeliveryServiceIT.class, ProjectFixture.class, ProjectFixture.Catalogue.class,
                ProjectDriver.class, ProjectDriver.Stage.class);
    }

    @Inject
    private DeliveryService deliveries;

    @Inject
    private ProjectService projects;

    @Inject
    private ProjectFixture fixture;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsAdmin asAdmin;

    @Resource(lookup = "jdbc/optimacut")
    private DataSource dataSource;

    private ProjectDriver driver;
    private String tag;
    private String courier;
    private ProjectFixture.Catalogue catalogue;
    /** A date far ahead, so that only this test's projects are delivered on it. */
    private LocalDate date;

    @BeforeEach
    void setUp() {
        driver = new ProjectDriver(asManager, projects, fixture);
        tag = ProjectDriver.uniqueTag();
        courier = "courier-" + tag + "@example.test";
        fixture.setCourierEmail(courier);
        catalogue = driver.catalogue(tag, null);
        date = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
    }

    @AfterEach
    void parkMail() {
        fixture.parkUnsentMail(courier);
    }

    @Test
    void projectWithAddressContactAndDateIsListed() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, delivery(date));

        Page<DeliverySummary> page = asManager.call(() -> deliveries.list(date, date, 0, 10));

        assertEquals(1, page.total());
        assertEquals(id, page.rows().get(0).projectId());
        assertEquals("ул. Лесная, 5", page.rows().get(0).address());
    }

    @Test
    void projectWithoutContactIsNotListed() throws Exception {
        driver.create(catalogue, "Проект " + tag, 1, new DeliveryFields("ул. Лесная, 5", null, null, date));

        Page<DeliverySummary> page = asManager.call(() -> deliveries.list(date, date, 0, 10));

        assertEquals(0, page.total());
    }

    @Test
    void deliveriesAreListedByDateAndPaged() throws Exception {
        long later = driver.create(catalogue, "Позже " + tag, 1, delivery(date.plusDays(1)));
        driver.create(catalogue, "Раньше " + tag, 1, delivery(date));

        Page<DeliverySummary> page = asAdmin.call(() -> deliveries.list(date, date.plusDays(1), 1, 1));

        assertEquals(2, page.total());
        assertEquals(List.of(later), page.rows().stream().map(DeliverySummary::projectId).toList());
    }

    @Test
    void reversedRangeIsRejected() {
        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> deliveries.list(date, date.minusDays(1), 0, 10)));

        assertEquals("delivery.range.invalid", rejected.getKey());
    }

    @Test
    void courierRequestQueuesOneMail() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, delivery(date));

        DeliverySummary sent = asManager.call(() -> deliveries.sendCourierRequest(id));

        assertNotNull(sent.courierRequestedAt());
        assertEquals("it-manager", sent.courierRequestedBy());
        assertEquals(1, outboxCount(courier));
        assertTrue(outboxText(courier).contains("ул. Лесная, 5"));
    }

    @Test
    void secondCourierRequestIsRejected() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, delivery(date));
        asManager.call(() -> deliveries.sendCourierRequest(id));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> deliveries.sendCourierRequest(id)));

        assertEquals("delivery.courier.alreadySent", rejected.getKey());
        assertEquals(1, outboxCount(courier));
        assertEquals(1, eventCount(id));
    }

    @Test
    void courierRequestAfterResetIsSentAgain() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, delivery(date));
        asManager.call(() -> deliveries.sendCourierRequest(id));
        asManager.call(() -> deliveries.reset(id));

        asManager.call(() -> deliveries.sendCourierRequest(id));

        assertEquals(2, outboxCount(courier));
        Page<CourierEvent> events = asAdmin.call(() -> deliveries.courierEvents(id, 0, 10));
        assertEquals(List.of(CourierRequestKind.SENT, CourierRequestKind.RESET, CourierRequestKind.SENT),
                events.rows().stream().map(CourierEvent::kind).toList());
        assertEquals("it-manager", events.rows().get(1).actor());
    }

    @Test
    void resetWithoutSendIsRejected() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, delivery(date));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> deliveries.reset(id)));

        assertEquals("delivery.courier.notSent", rejected.getKey());
        assertEquals(0, eventCount(id));
    }

    @Test
    void incompleteDeliveryIsRejected() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, null);

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> deliveries.sendCourierRequest(id)));

        assertEquals("delivery.incomplete", rejected.getKey());
        assertEquals(0, outboxCount(courier));
    }

    @Test
    void missingCourierAddressRecordsNothing() throws Exception {
        long id = driver.create(catalogue, "Проект " + tag, 1, delivery(date));
        fixture.setCourierEmail("");

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> deliveries.sendCourierRequest(id)));

        assertEquals("delivery.courier.noAddress", rejected.getKey());
        assertEquals(0, eventCount(id));
        assertNull(queryString("select cast(courier_requested_at as varchar) from project where id = ?", id));
    }

    private static DeliveryFields delivery(LocalDate date) {
        return new DeliveryFields("ул. Лесная, 5", "Иван Петров", "+7 900 111-22-33", date);
    }

    private int outboxCount(String recipient) throws SQLException {
        return Integer.parseInt(queryString("select count(*) from outbox_mail where recipient = ?", recipient));
    }

    private String outboxText(String recipient) throws SQLException {
        return queryString("select body_text from outbox_mail where recipient = ?", recipient);
    }

    private int eventCount(long projectId) throws SQLException {
        return Integer.parseInt(queryString("select count(*) from courier_request_event where project_id = ?", projectId));
    }

    private String queryString(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
