package com.optimacut.domain.project;

import static com.optimacut.domain.project.ProjectFixtures.MANAGER;
import static com.optimacut.domain.project.ProjectFixtures.NOW;
import static com.optimacut.domain.project.ProjectFixtures.lastChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.domain.shared.DomainRuleException;
import org.junit.jupiter.api.Test;

class LayoutWorkTest {

    private final ProjectFixtures fx = new ProjectFixtures();

    @Test
    void firstTakeMovesProjectInProgress() {
        Project project = fx.launched();

        project.layouts().get(0).take(fx.laser, NOW);

        assertEquals(ProjectStatus.IN_PROGRESS, project.getStatus());
    }

    @Test
    void firstTakeRecordsExecutorAsActor() {
        Project project = fx.launched();

        project.layouts().get(0).take(fx.laser, NOW);

        assertEquals(ProjectAction.FIRST_TAKE, lastChange(project).getAction());
        assertEquals("ivanov", lastChange(project).getActor());
    }

    @Test
    void secondTakeWritesNoHistory() {
        Project project = fx.waiting(2);
        project.launch(MANAGER, NOW);
        project.layouts().get(0).take(fx.laser, NOW);
        int rows = project.getHistory().size();

        project.layouts().get(1).take(fx.other, NOW);

        assertEquals(rows, project.getHistory().size());
    }

    @Test
    void takingTakenLayoutFails() {
        Project project = fx.inProgress();

        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> project.layouts().get(0).take(fx.other, NOW));

        assertEquals("layout.alreadyTaken", e.getKey());
    }

    @Test
    void takingUnlaunchedLayoutFails() {
        Project project = fx.waiting(1);

        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> project.layouts().get(0).take(fx.laser, NOW));

        assertEquals("layout.notInQueue", e.getKey());
    }

    @Test
    void takingWithoutCompetenceFails() {
        Project project = fx.launched();
        var stranger = ProjectFixtures.executor("sidorov", fx.acrylic);

        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> project.layouts().get(0).take(stranger, NOW));

        assertEquals("layout.notForExecutor", e.getKey());
    }

    @Test
    void lastCompletionMovesProjectDone() {
        Project project = fx.inProgress();

        project.layouts().get(0).complete(fx.laser, NOW);

        assertEquals(ProjectStatus.DONE, project.getStatus());
        assertEquals(ProjectAction.LAST_COMPLETE, lastChange(project).getAction());
    }

    @Test
    void earlierCompletionKeepsProjectInProgress() {
        Project project = fx.waiting(2);
        project.launch(MANAGER, NOW);
        project.layouts().get(0).take(fx.laser, NOW);

        project.layouts().get(0).complete(fx.laser, NOW);

        assertEquals(ProjectStatus.IN_PROGRESS, project.getStatus());
    }

    @Test
    void completingOthersLayoutFails() {
        Project project = fx.inProgress();

        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> project.layouts().get(0).complete(fx.other, NOW));

        assertEquals("layout.notHeld", e.getKey());
    }

    @Test
    void completingDuringDifficultiesFails() {
        Project project = fx.withDifficulties();

        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> project.layouts().get(0).complete(fx.laser, NOW));

        assertEquals("layout.projectNotInProgress", e.getKey());
    }

    @Test
    void reportedDifficultyMovesProjectAndKeepsText() {
        Project project = fx.inProgress();
        LayoutWork layout = project.layouts().get(0);

        layout.reportDifficulty(fx.laser, "Нет фанеры", NOW);

        assertEquals(ProjectStatus.DIFFICULTIES, project.getStatus());
        assertEquals("Нет фанеры", layout.getDifficulty());
        assertEquals("Нет фанеры", lastChange(project).getComment());
    }

    @Test
    void difficultyWithoutTextFails() {
        Project project = fx.inProgress();

        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> project.layouts().get(0).reportDifficulty(fx.laser, "  ", NOW));

        assertEquals("text.required", e.getKey());
        assertEquals(ProjectStatus.IN_PROGRESS, project.getStatus());
    }

    @Test
    void difficultyOnSuspendedProjectFails() {
        Project project = fx.suspendedFromInProgress();

        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> project.layouts().get(0).reportDifficulty(fx.laser, "Брак", NOW));

        assertEquals("project.transition.forbidden", e.getKey());
    }
}
