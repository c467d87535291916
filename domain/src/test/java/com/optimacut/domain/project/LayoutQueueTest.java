package com.optimacut.domain.project;

import static com.optimacut.domain.project.ProjectFixtures.MANAGER;
import static com.optimacut.domain.project.ProjectFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queue flag of {@link LayoutWork}, which the executors' board reads from an index: it must
 * follow every change of a layout's status and of its project's status.
 */
class LayoutQueueTest {

    private final ProjectFixtures fx = new ProjectFixtures();

    @Test
    void unlaunchedIsNotQueued() {
        assertEquals(List.of(false, false), queued(fx.waiting(2)));
    }

    @Test
    void launchQueuesEveryLayout() {
        Project project = fx.waiting(2);

        project.launch(MANAGER, NOW);

        assertEquals(List.of(true, true), queued(project));
    }

    @Test
    void takeLeavesOthersQueued() {
        Project project = launched(2);

        project.layouts().get(0).take(fx.laser, NOW);

        assertEquals(List.of(false, true), queued(project));
    }

    @Test
    void suspendEmptiesResumeRefills() {
        Project project = launched(2);
        project.layouts().get(0).take(fx.laser, NOW);

        project.suspend(MANAGER, null, NOW);
        assertEquals(List.of(false, false), queued(project));

        project.resume(MANAGER, null, NOW);
        assertEquals(List.of(false, true), queued(project));
    }

    @Test
    void difficultyEmptiesResolveRefills() {
        Project project = launched(2);
        project.layouts().get(0).take(fx.laser, NOW);

        project.layouts().get(0).reportDifficulty(fx.laser, "Фанера с браком", NOW);
        assertEquals(List.of(false, false), queued(project));

        project.resolveDifficulties(MANAGER, null, NOW);
        assertEquals(List.of(false, true), queued(project));
    }

    @Test
    void refuseEmptiesQueue() {
        Project project = launched(2);

        project.refuse(MANAGER, "Клиент передумал", NOW);

        assertEquals(List.of(false, false), queued(project));
    }

    @Test
    void completeLeavesQueue() {
        Project project = launched(2);
        project.layouts().get(0).take(fx.laser, NOW);
        project.layouts().get(1).take(fx.laser, NOW);

        project.layouts().get(0).complete(fx.laser, NOW);

        assertEquals(List.of(false, false), queued(project));
    }

    @Test
    void reworkQueuesReopenedLayout() {
        Project project = launched(2);
        for (LayoutWork layout : project.layouts()) {
            layout.take(fx.laser, NOW);
            layout.complete(fx.laser, NOW);
        }

        project.rework(MANAGER, "Кромка подгорела", List.of(project.layouts().get(0)), NOW);

        assertEquals(List.of(true, false), queued(project));
    }

    @Test
    void itemAddedAfterLaunchIsQueued() {
        Project project = launched(1);

        project.addItem(1, fx.file(), fx.plywood, null, NOW);

        assertEquals(List.of(true, true), queued(project));
    }

    /** In every status the flag says what the board's rule says: available, launched, waiting or in progress. */
    @ParameterizedTest
    @EnumSource(ProjectStatus.class)
    void flagMatchesRuleInEveryStatus(ProjectStatus status) {
        Project project = fx.in(status);

        for (LayoutWork layout : project.layouts()) {
            boolean expected = layout.getStatus() == LayoutStatus.AVAILABLE && project.isLaunched()
                    && ProjectStatus.boardStatuses().contains(project.getStatus());
            assertEquals(expected, layout.isQueued(), status + ", layout " + layout.getItem().getPosition());
        }
    }

    private Project launched(int items) {
        Project project = fx.waiting(items);
        project.launch(MANAGER, NOW);
        return project;
    }

    private static List<Boolean> queued(Project project) {
        return project.layouts().stream().map(LayoutWork::isQueued).toList();
    }
}
