package com.optimacut.it.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.ejb.deadline.DeadlineScheduler;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsIntegrator;
import com.optimacut.it.support.RunAsManager;
import com.optimacut.it.work.ProjectFixture;
import com.optimacut.it.work.RoleCalls;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The escalation pass of {@link DeadlineScheduler}, called directly rather than waiting for the
 * timer. The real application on the same test server runs its own timer on the same database, as
 * a second node would. The tests therefore check what is stored, not how many rows one pass raised.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineSchedulerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(DeadlineSchedulerIT.class, ProjectFixture.class, RoleCalls.class,
                RoleCalls.RoleCall.class);
    }

    @Inject
    private DeadlineScheduler scheduler;

    @Inject
    private ProjectFixture fixture;

    @Inject
    private RunAsAdmin asAdmin;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsExecutor1 asEx1;

    @Inject
    private RunAsIntegrator asIntegrator;

    private long material;

    @BeforeEach
    void createMaterial() {
        material = fixture.newMaterial();
        fixture.ensureExecutor("it-ex3", material);
    }

    @Test
    void projectDueIn23HoursGetsHighPriority() throws Exception {
        long project = fixture.newProject(inHours(23), null, true, material);

        asAdmin.call(scheduler::runPass);

        assertEquals("HIGH", fixture.priority(project));
        assertEquals(List.of("SYSTEM"), fixture.historyActors(project, ProjectAction.ESCALATE_PRIORITY));
        assertEquals("WAITING", fixture.status(project));
    }

    @Test
    void unassignedProjectNotifiesManagers() throws Exception {
        long project = fixture.newProject(inHours(23), null, false, material);

        asAdmin.call(scheduler::runPass);

        List<String> notified = fixture.notificationRecipients(project, NotificationKind.PRIORITY_ESCALATED);
        assertEquals(fixture.managers(), notified);
        assertTrue(notified.contains("manager"));
    }

    @Test
    void assignedProjectNotifiesItsExecutor() throws Exception {
        long project = fixture.newProject(inHours(23), "it-ex3", true, material);

        asAdmin.call(scheduler::runPass);

        assertEquals(List.of("it-ex3"), fixture.notificationRecipients(project, NotificationKind.PRIORITY_ESCALATED));
    }

    @Test
    void overdueProjectIsEscalated() throws Exception {
        long project = fixture.newProject(inHours(-5), null, true, material);

        asAdmin.call(scheduler::runPass);

        assertEquals("HIGH", fixture.priority(project));
    }

    @Test
    void secondPassChangesNothing() throws Exception {
        long project = fixture.newProject(inHours(23), null, true, material);
        asAdmin.call(scheduler::runPass);
        long version = fixture.version(project);
        int notifications = fixture.notificationRecipients(project, NotificationKind.PRIORITY_ESCALATED).size();

        asAdmin.call(scheduler::runPass);

        assertEquals(version, fixture.version(project));
        assertEquals(1, fixture.historyActors(project, ProjectAction.ESCALATE_PRIORITY).size());
        assertEquals(notifications, fixture.notificationRecipients(project, NotificationKind.PRIORITY_ESCALATED).size());
    }

    @Test
    void projectDueIn25HoursIsUntouched() throws Exception {
        long project = fixture.newProject(inHours(25), null, true, material);
        long version = fixture.version(project);

        asAdmin.call(scheduler::runPass);

        assertEquals("NORMAL", fixture.priority(project));
        assertEquals(version, fixture.version(project));
        assertEquals(List.of(), fixture.historyActors(project, ProjectAction.ESCALATE_PRIORITY));
    }

    @Test
    void closedProjectIsUntouched() throws Exception {
        long project = fixture.newProject(inHours(1), null, true, material);
        fixture.close(project, "it-ex3");

        asAdmin.call(scheduler::runPass);

        assertEquals("CLOSED", fixture.status(project));
        assertEquals("NORMAL", fixture.priority(project));
        assertEquals(List.of(), fixture.historyActors(project, ProjectAction.ESCALATE_PRIORITY));
    }

    @Test
    void onlyAdministratorsRunPass() {
        for (var role : RoleCalls.of(asAdmin, asManager, asEx1, asIntegrator).entrySet()) {
            if (!role.getKey().equals("ADMIN")) {
                assertThrows(EJBAccessException.class, () -> role.getValue().call(scheduler::runPass), role.getKey());
            }
        }
        assertThrows(EJBAccessException.class, scheduler::runPass, "anonymous");
    }

    private static Instant inHours(int hours) {
        return Instant.now().plus(Duration.ofHours(hours));
    }
}
