package com.optimacut.it.notification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.notification.NotificationEntry;
import com.optimacut.ejb.notification.NotificationService;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsIntegrator;
import com.optimacut.it.support.RunAsManager;
import com.optimacut.it.work.ProjectFixture;
import com.optimacut.it.work.RoleCalls;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link NotificationService} inside Payara on PostgreSQL. The notifications go to
 * {@code it-integrator}, whom no other test notifies, so counts before and after a call compare.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationServiceIT {

    private static final String RECIPIENT = "it-integrator";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(NotificationServiceIT.class, ProjectFixture.class, RoleCalls.class,
                RoleCalls.RoleCall.class);
    }

    @Inject
    private NotificationService notifications;

    @Inject
    private ProjectFixture fixture;

    @Inject
    private RunAsIntegrator asIntegrator;

    @Inject
    private RunAsAdmin asAdmin;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsExecutor1 asEx1;

    private long project;

    @BeforeEach
    void createProject() {
        project = fixture.newProject(null, null, false, fixture.newMaterial());
    }

    @Test
    void newNotificationIsListedFirst() throws Exception {
        long id = fixture.notify(RECIPIENT, NotificationKind.PROJECT_ASSIGNED, project, "Подробности");

        NotificationEntry newest = asIntegrator.call(() -> notifications.list(0, 1)).rows().get(0);

        assertEquals(id, newest.id());
        assertEquals(NotificationKind.PROJECT_ASSIGNED, newest.kind());
        assertEquals(project, newest.projectId());
        assertEquals("Подробности", newest.detail());
        assertFalse(newest.read());
    }

    @Test
    void listTotalCountsEveryNotification() throws Exception {
        fixture.notify(RECIPIENT, NotificationKind.PROJECT_ASSIGNED, project, null);
        fixture.notify(RECIPIENT, NotificationKind.PROJECT_DONE, project, null);

        Page<NotificationEntry> all = asIntegrator.call(() -> notifications.list(0, Page.MAX_SIZE));
        Page<NotificationEntry> firstTwo = asIntegrator.call(() -> notifications.list(0, 2));

        assertEquals(all.rows().size(), all.total());
        assertEquals(2, firstTwo.rows().size());
        assertEquals(all.total(), firstTwo.total());
    }

    @Test
    void notificationRaisesUnreadCount() throws Exception {
        long before = asIntegrator.call(notifications::unreadCount);

        fixture.notify(RECIPIENT, NotificationKind.PROJECT_DONE, project, null);

        assertEquals(before + 1, asIntegrator.call(notifications::unreadCount));
    }

    @Test
    void markReadStoresReadFlag() throws Exception {
        long id = fixture.notify(RECIPIENT, NotificationKind.PROJECT_DONE, project, null);
        long before = asIntegrator.call(notifications::unreadCount);

        asIntegrator.call(() -> {
            notifications.markRead(id);
            return null;
        });

        assertTrue(fixture.isRead(id));
        assertEquals(before - 1, asIntegrator.call(notifications::unreadCount));
    }

    @Test
    void markReadOfOthersNotificationIsRejected() throws Exception {
        long id = fixture.notify(RECIPIENT, NotificationKind.PROJECT_DONE, project, null);

        BusinessException rejected = assertThrows(BusinessException.class, () -> asEx1.call(() -> {
            notifications.markRead(id);
            return null;
        }));

        assertEquals("notification.notFound", rejected.getKey());
        assertFalse(fixture.isRead(id));
    }

    @Test
    void markAllReadClearsUnreadCount() throws Exception {
        long first = fixture.notify(RECIPIENT, NotificationKind.PROJECT_DONE, project, null);
        long second = fixture.notify(RECIPIENT, NotificationKind.PROJECT_ASSIGNED, project, null);

        int marked = asIntegrator.call(notifications::markAllRead);

        assertTrue(marked >= 2);
        assertEquals(0, asIntegrator.call(notifications::unreadCount));
        assertTrue(fixture.isRead(first));
        assertTrue(fixture.isRead(second));
    }

    @Test
    void markAllReadLeavesOthersUnread() throws Exception {
        fixture.ensureExecutor("it-ex1");
        long others = fixture.notify("it-ex1", NotificationKind.PROJECT_ASSIGNED, project, null);

        asIntegrator.call(notifications::markAllRead);

        assertFalse(fixture.isRead(others));
    }

    @Test
    void everySignedInRoleReadsNotifications() throws Exception {
        for (var role : RoleCalls.of(asAdmin, asManager, asEx1, asIntegrator).entrySet()) {
            assertDoesNotThrow(() -> role.getValue().call(notifications::unreadCount), role.getKey());
            assertDoesNotThrow(() -> role.getValue().call(() -> notifications.list(0, 10)), role.getKey());
            assertDoesNotThrow(() -> role.getValue().call(notifications::markAllRead), role.getKey());
            assertThrows(BusinessException.class, () -> role.getValue().call(markRead(-1)), role.getKey());
        }
    }

    @Test
    void anonymousCallerIsRejected() {
        assertThrows(EJBAccessException.class, notifications::unreadCount);
        assertThrows(EJBAccessException.class, () -> notifications.list(0, 10));
        assertThrows(EJBAccessException.class, () -> markRead(-1).call());
        assertThrows(EJBAccessException.class, notifications::markAllRead);
    }

    private Callable<Object> markRead(long id) {
        return () -> {
            notifications.markRead(id);
            return null;
        };
    }
}
