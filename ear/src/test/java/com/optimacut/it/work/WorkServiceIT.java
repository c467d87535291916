package com.optimacut.it.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.work.LayoutTask;
import com.optimacut.ejb.work.WorkService;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsExecutor2;
import com.optimacut.it.support.RunAsExecutor4;
import com.optimacut.it.support.RunAsIntegrator;
import com.optimacut.it.support.RunAsManager;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link WorkService} inside Payara on PostgreSQL: which layouts an executor sees, and what take,
 * complete and a reported difficulty store. Executor {@code it-ex1} is competent for the material
 * {@code competent} of each test, and never for {@code foreign}.
 */
@ExtendWith(ArquillianExtension.class)
class WorkServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(WorkServiceIT.class, ProjectFixture.class, RoleCalls.class,
                RoleCalls.RoleCall.class);
    }

    @Inject
    private WorkService work;

    @Inject
    private ProjectFixture fixture;

    @Inject
    private RunAsExecutor1 asEx1;

    @Inject
    private RunAsExecutor2 asEx2;

    @Inject
    private RunAsExecutor4 asEx4;

    @Inject
    private RunAsAdmin asAdmin;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsIntegrator asIntegrator;

    private long competent;
    private long foreign;

    @BeforeEach
    void createMaterialsAndExecutors() {
        competent = fixture.newMaterial();
        foreign = fixture.newMaterial();
        fixture.ensureExecutor("it-ex1", competent);
        fixture.ensureExecutor("it-ex2", competent);
    }

    // ---- Visibility -------------------------------------------------------------------------

    @Test
    void boardListsCompetentMaterial() throws Exception {
        long project = fixture.newProject(null, null, true, competent);

        assertTrue(boardOfEx1().containsAll(fixture.layoutIds(project)));
    }

    @Test
    void boardListsAssignedProjectOfAnyMaterial() throws Exception {
        long project = fixture.newProject(null, "it-ex1", true, foreign);

        assertTrue(boardOfEx1().containsAll(fixture.layoutIds(project)));
    }

    @Test
    void boardHidesUnlaunchedProject() throws Exception {
        long project = fixture.newProject(null, null, false, competent);

        assertFalse(boardOfEx1().contains(fixture.layoutIds(project).get(0)));
    }

    @Test
    void boardHidesSuspendedProject() throws Exception {
        long project = fixture.newProject(null, null, true, competent);
        fixture.suspend(project);

        assertFalse(boardOfEx1().contains(fixture.layoutIds(project).get(0)));
    }

    @Test
    void boardHidesProjectAssignedToAnother() throws Exception {
        long project = fixture.newProject(null, "it-ex2", true, competent);

        assertFalse(boardOfEx1().contains(fixture.layoutIds(project).get(0)));
    }

    @Test
    void boardHidesMaterialOutsideCompetence() throws Exception {
        long project = fixture.newProject(null, null, true, foreign);

        assertFalse(boardOfEx1().contains(fixture.layoutIds(project).get(0)));
    }

    @Test
    void boardHidesTakenLayout() throws Exception {
        long project = fixture.newProject(null, null, true, competent, competent);
        List<Long> layouts = fixture.layoutIds(project);
        asEx2.call(() -> work.take(layouts.get(0)));

        List<Long> board = boardOfEx1();

        assertFalse(board.contains(layouts.get(0)));
        assertTrue(board.contains(layouts.get(1)));
    }

    @Test
    void boardTotalCountsEveryRow() throws Exception {
        fixture.newProject(null, null, true, competent, competent, competent);

        Page<LayoutTask> page = asEx1.call(() -> work.available(0, Page.MAX_SIZE));
        Page<LayoutTask> firstTwo = asEx1.call(() -> work.available(0, 2));

        assertEquals(page.rows().size(), page.total());
        assertEquals(2, firstTwo.rows().size());
        assertEquals(page.total(), firstTwo.total());
    }

    @Test
    void boardTotalStopsAtLimit() throws Exception {
        long[] materials = new long[WorkService.BOARD_COUNT_LIMIT + 1];
        Arrays.fill(materials, competent);
        long project = fixture.newProject(null, null, true, materials);
        try {
            Page<LayoutTask> first = asEx1.call(() -> work.available(0, 10));
            Page<LayoutTask> last = asEx1.call(() -> work.available(WorkService.BOARD_COUNT_LIMIT - 10, 10));

            assertEquals(WorkService.BOARD_COUNT_LIMIT, first.total());
            assertEquals(10, first.rows().size());
            assertEquals(WorkService.BOARD_COUNT_LIMIT, last.total());
            assertEquals(10, last.rows().size());
        } finally {
            // Off the board again, so that the other tests' boards fit in one page.
            fixture.suspend(project);
        }
    }

    @Test
    void boardShowsItemDetails() throws Exception {
        long project = fixture.newProject(null, null, true, competent);
        long layout = fixture.layoutIds(project).get(0);

        LayoutTask task = asEx1.call(() -> work.available(0, Page.MAX_SIZE)).rows().stream()
                .filter(row -> row.layoutId() == layout).findFirst().orElseThrow();

        assertEquals(project, task.projectId());
        assertEquals("layout-1.pdf", task.fileName());
        assertTrue(task.materialName().startsWith("Фанера it-"));
    }

    // ---- Take -------------------------------------------------------------------------------

    @Test
    void firstTakeMovesProjectInProgress() throws Exception {
        long project = fixture.newProject(null, null, true, competent, competent);
        List<Long> layouts = fixture.layoutIds(project);

        asEx1.call(() -> work.take(layouts.get(0)));
        asEx1.call(() -> work.take(layouts.get(1)));

        assertEquals("IN_PROGRESS", fixture.status(project));
        assertEquals(List.of("it-ex1"), fixture.historyActors(project, ProjectAction.FIRST_TAKE));
    }

    @Test
    void takenLayoutIsListedAsMine() throws Exception {
        long project = fixture.newProject(null, null, true, competent);
        long layout = fixture.layoutIds(project).get(0);

        asEx1.call(() -> work.take(layout));
        Page<LayoutTask> mine = asEx1.call(() -> work.mine(0, Page.MAX_SIZE));

        assertTrue(mine.rows().stream().anyMatch(task -> task.layoutId() == layout));
        assertEquals(mine.rows().size(), mine.total());
    }

    @Test
    void secondTakeIsRejected() throws Exception {
        long project = fixture.newProject(null, null, true, competent);
        long layout = fixture.layoutIds(project).get(0);
        asEx1.call(() -> work.take(layout));

        BusinessException rejected = assertThrows(BusinessException.class, () -> asEx2.call(() -> work.take(layout)));

        assertEquals("layout.alreadyTaken", rejected.getKey());
        assertEquals(List.of("it-ex1"), fixture.takers(project));
    }

    @Test
    void takeOfSuspendedProjectIsRejected() throws Exception {
        long project = fixture.newProject(null, null, true, competent);
        fixture.suspend(project);
        long layout = fixture.layoutIds(project).get(0);

        BusinessException rejected = assertThrows(BusinessException.class, () -> asEx1.call(() -> work.take(layout)));

        assertEquals("layout.notInQueue", rejected.getKey());
        assertEquals("SUSPENDED", fixture.status(project));
    }

    @Test
    void takeOfUnknownLayoutIsRejected() {
        BusinessException rejected = assertThrows(BusinessException.class, () -> asEx1.call(() -> work.take(-1)));

        assertEquals("layout.notFound", rejected.getKey());
    }

    @Test
    void inactiveExecutorIsRejected() throws Exception {
        fixture.ensureExecutor("it-ex4");
        fixture.setExecutorActive("it-ex4", false);
        try {
            BusinessException rejected = assertThrows(BusinessException.class,
                    () -> asEx4.call(() -> work.available(0, 10)));

            assertEquals("executor.inactive", rejected.getKey());
        } finally {
            fixture.setExecutorActive("it-ex4", true);
        }
    }

    // ---- Complete ---------------------------------------------------------------------------

    @Test
    void completingLastLayoutMarksProjectDone() throws Exception {
        long project = fixture.newProject(null, null, true, competent, competent);
        List<Long> layouts = fixture.layoutIds(project);
        asEx1.call(() -> work.take(layouts.get(0)));
        asEx1.call(() -> work.take(layouts.get(1)));

        asEx1.call(() -> work.complete(layouts.get(0)));
        String afterFirst = fixture.status(project);
        asEx1.call(() -> work.complete(layouts.get(1)));

        assertEquals("IN_PROGRESS", afterFirst);
        assertEquals("DONE", fixture.status(project));
        assertEquals(List.of("it-ex1"), fixture.historyActors(project, ProjectAction.LAST_COMPLETE));
    }

    @Test
    void completeOfLayoutHeldByAnotherIsRejected() throws Exception {
        long project = fixture.newProject(null, null, true, competent);
        long layout = fixture.layoutIds(project).get(0);
        asEx1.call(() -> work.take(layout));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asEx2.call(() -> work.complete(layout)));

        assertEquals("layout.notHeld", rejected.getKey());
        assertEquals("IN_PROGRESS", fixture.status(project));
    }

    // ---- Difficulty -------------------------------------------------------------------------

    @Test
    void difficultyNotifiesEveryManager() throws Exception {
        fixture.ensureManager("it-mgr-1");
        fixture.ensureManager("it-mgr-2");
        long project = fixture.newProject(null, null, true, competent);
        long layout = fixture.layoutIds(project).get(0);
        asEx1.call(() -> work.take(layout));

        asEx1.call(() -> work.reportDifficulty(layout, "Фанера покороблена, резать нельзя"));

        List<String> notified = fixture.notificationRecipients(project, NotificationKind.DIFFICULTY_REPORTED);
        assertEquals("DIFFICULTIES", fixture.status(project));
        assertEquals(List.of("it-ex1"), fixture.historyActors(project, ProjectAction.REPORT_DIFFICULTY));
        assertEquals(fixture.managers(), notified);
        assertTrue(notified.containsAll(List.of("it-mgr-1", "it-mgr-2", "manager")));
    }

    @Test
    void difficultyWithoutTextIsRejected() throws Exception {
        long project = fixture.newProject(null, null, true, competent);
        long layout = fixture.layoutIds(project).get(0);
        asEx1.call(() -> work.take(layout));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asEx1.call(() -> work.reportDifficulty(layout, "  ")));

        assertEquals("text.required", rejected.getKey());
        assertEquals("IN_PROGRESS", fixture.status(project));
        assertEquals(List.of(), fixture.notificationRecipients(project, NotificationKind.DIFFICULTY_REPORTED));
    }

    // ---- Roles ------------------------------------------------------------------------------

    @Test
    void onlyExecutorsListTheBoard() throws Exception {
        assertOnlyExecutorsMayCall(() -> work.available(0, 10));
    }

    @Test
    void onlyExecutorsListTheirLayouts() throws Exception {
        assertOnlyExecutorsMayCall(() -> work.mine(0, 10));
    }

    @Test
    void onlyExecutorsTake() throws Exception {
        assertOnlyExecutorsMayCall(() -> work.take(-1));
    }

    @Test
    void onlyExecutorsComplete() throws Exception {
        assertOnlyExecutorsMayCall(() -> work.complete(-1));
    }

    @Test
    void onlyExecutorsReportDifficulties() throws Exception {
        assertOnlyExecutorsMayCall(() -> work.reportDifficulty(-1, "text"));
    }

    /**
     * Checks that every role but EXECUTOR, and an anonymous caller, gets {@code EJBAccessException},
     * while an executor passes the security check (a business rejection is fine).
     */
    private void assertOnlyExecutorsMayCall(Callable<Object> method) throws Exception {
        Map<String, RoleCalls.RoleCall> roles = RoleCalls.of(asAdmin, asManager, asEx1, asIntegrator);
        for (Map.Entry<String, RoleCalls.RoleCall> role : roles.entrySet()) {
            if (role.getKey().equals("EXECUTOR")) {
                try {
                    role.getValue().call(method);
                } catch (BusinessException allowedButRejected) {
                    // The security check passed; only the layout id -1 was rejected.
                }
            } else {
                assertThrows(EJBAccessException.class, () -> role.getValue().call(method), role.getKey());
            }
        }
        assertThrows(EJBAccessException.class, method::call, "anonymous");
    }

    private List<Long> boardOfEx1() throws Exception {
        return asEx1.call(() -> work.available(0, Page.MAX_SIZE)).rows().stream().map(LayoutTask::layoutId).toList();
    }
}
