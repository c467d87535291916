package com.optimacut.domain.project;

import static com.optimacut.domain.project.ProjectFixtures.MANAGER;
import static com.optimacut.domain.project.ProjectFixtures.NOW;
import static com.optimacut.domain.project.ProjectFixtures.lastChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.NamedQuery;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineEscalationTest {

    private static final int HOURS = DeadlineEscalation.DEFAULT_HOURS_BEFORE;

    private final ProjectFixtures fx = new ProjectFixtures();

    private Project dueIn(Duration untilDeadline) {
        Project project = fx.waiting(1);
        project.changeDeadline(NOW.plus(untilDeadline), NOW);
        return project;
    }

    @Test
    void dueIn23HoursIsEscalated() {
        assertTrue(DeadlineEscalation.isDue(dueIn(Duration.ofHours(23)), NOW, HOURS));
    }

    @Test
    void dueIn25HoursIsNotEscalated() {
        assertFalse(DeadlineEscalation.isDue(dueIn(Duration.ofHours(25)), NOW, HOURS));
    }

    @Test
    void pastDeadlineIsEscalated() {
        assertTrue(DeadlineEscalation.isDue(dueIn(Duration.ofHours(-2)), NOW, HOURS));
    }

    @Test
    void highPriorityIsNotEscalatedAgain() {
        Project project = dueIn(Duration.ofHours(1));
        project.changePriority(Priority.HIGH, NOW);

        assertFalse(DeadlineEscalation.isDue(project, NOW, HOURS));
    }

    @Test
    void doneProjectIsNotEscalated() {
        Project project = fx.done();
        project.changeDeadline(NOW.plus(Duration.ofHours(1)), NOW);

        assertFalse(DeadlineEscalation.isDue(project, NOW, HOURS));
    }

    @Test
    void projectWithoutDeadlineIsNotEscalated() {
        assertFalse(DeadlineEscalation.isDue(fx.waiting(1), NOW, HOURS));
    }

    @Test
    void escalationRowIsWrittenBySystem() {
        Project project = dueIn(Duration.ofHours(1));
        project.changePriority(Priority.HIGH, NOW);

        project.recordPriorityEscalation(NOW);

        StatusChange row = lastChange(project);
        assertEquals(ProjectAction.ESCALATE_PRIORITY, row.getAction());
        assertEquals(StatusChange.SYSTEM, row.getActor());
        assertEquals(ProjectStatus.WAITING, row.getToStatus());
    }

    @Test
    void escalationRowForNormalPriorityFails() {
        Project project = dueIn(Duration.ofHours(1));

        assertThrows(IllegalStateException.class, () -> project.recordPriorityEscalation(NOW));
    }

    @Test
    void zeroHoursIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DeadlineEscalation.threshold(NOW, 0));
    }

    @Test
    void updateNamesEscalationStatuses() {
        String update = Arrays.stream(Project.class.getAnnotationsByType(NamedQuery.class))
                .filter(q -> q.name().equals(Project.ESCALATE_PRIORITY))
                .findFirst().orElseThrow().query();
        Set<ProjectStatus> named = EnumSet.noneOf(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            if (update.contains("ProjectStatus." + status.name())) {
                named.add(status);
            }
        }

        assertEquals(DeadlineEscalation.statuses(), named);
    }

    @Test
    void updateRaisesVersion() {
        String update = Arrays.stream(Project.class.getAnnotationsByType(NamedQuery.class))
                .filter(q -> q.name().equals(Project.ESCALATE_PRIORITY))
                .findFirst().orElseThrow().query();

        assertTrue(update.contains("p.version = p.version + 1"), update);
    }

    @Test
    void suspendedProjectIsEscalated() {
        Project project = dueIn(Duration.ofHours(3));
        project.suspend(MANAGER, null, NOW);

        assertTrue(DeadlineEscalation.isDue(project, NOW, HOURS));
    }
}
