package com.optimacut.domain.project;

import static com.optimacut.domain.project.ProjectFixtures.MANAGER;
import static com.optimacut.domain.project.ProjectFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.executor.Executor;
import org.junit.jupiter.api.Test;

class LayoutVisibilityTest {

    private final ProjectFixtures fx = new ProjectFixtures();

    @Test
    void launchedLayoutVisibleToCompetentExecutor() {
        assertTrue(fx.launched().layouts().get(0).isVisibleTo(fx.laser));
    }

    @Test
    void unlaunchedLayoutIsHidden() {
        assertFalse(fx.waiting(1).layouts().get(0).isVisibleTo(fx.laser));
    }

    @Test
    void suspendedProjectLayoutIsHidden() {
        Project project = fx.launched();
        project.suspend(MANAGER, null, NOW);

        assertFalse(project.layouts().get(0).isVisibleTo(fx.laser));
    }

    @Test
    void wrongCompetenceIsHidden() {
        Executor acrylicOnly = ProjectFixtures.executor("sidorov", fx.acrylic);

        assertFalse(fx.launched().layouts().get(0).isVisibleTo(acrylicOnly));
    }

    @Test
    void assignedToAnotherIsHidden() {
        Project project = fx.waiting(1);
        project.assignExecutor(fx.other, NOW);
        project.launch(MANAGER, NOW);

        assertFalse(project.layouts().get(0).isVisibleTo(fx.laser));
    }

    @Test
    void assignedExecutorSeesItWithoutCompetence() {
        Executor acrylicOnly = ProjectFixtures.executor("sidorov", fx.acrylic);
        Project project = fx.waiting(1);
        project.assignExecutor(acrylicOnly, NOW);
        project.launch(MANAGER, NOW);

        assertTrue(project.layouts().get(0).isVisibleTo(acrylicOnly));
    }

    @Test
    void takenLayoutIsHidden() {
        Project project = fx.inProgress();

        assertFalse(project.layouts().get(0).isVisibleTo(fx.other));
    }

    @Test
    void otherLayoutVisibleWhileInProgress() {
        Project project = fx.waiting(2);
        project.launch(MANAGER, NOW);
        project.layouts().get(0).take(fx.laser, NOW);

        assertTrue(project.layouts().get(1).isVisibleTo(fx.other));
    }

    @Test
    void difficultiesHideOtherLayouts() {
        Project project = fx.waiting(2);
        project.launch(MANAGER, NOW);
        project.layouts().get(0).take(fx.laser, NOW);
        project.layouts().get(0).reportDifficulty(fx.laser, "Брак", NOW);

        assertFalse(project.layouts().get(1).isVisibleTo(fx.other));
    }
}
