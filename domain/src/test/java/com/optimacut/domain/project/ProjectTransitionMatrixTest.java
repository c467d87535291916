package com.optimacut.domain.project;

import static com.optimacut.domain.project.ProjectFixtures.MANAGER;
import static com.optimacut.domain.project.ProjectFixtures.NOW;
import static com.optimacut.domain.project.ProjectFixtures.lastChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.domain.shared.DomainRuleException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status against every manager action, through the public methods, and every status against
 * every derived action in the transition table. The expected results are written out here rather
 * than taken from {@link ProjectAction}, so that a change of the table fails a test.
 */
class ProjectTransitionMatrixTest {

    private static final List<ProjectAction> MANAGER_ACTIONS = List.of(ProjectAction.LAUNCH, ProjectAction.ACCEPT,
            ProjectAction.CLOSE, ProjectAction.REFUSE, ProjectAction.SUSPEND, ProjectAction.RESUME,
            ProjectAction.RESOLVE_DIFFICULTIES, ProjectAction.REWORK);

    /** Allowed manager actions and their targets; the suspended fixture was in progress. */
    private static final Map<ProjectStatus, Map<ProjectAction, ProjectStatus>> ALLOWED = new EnumMap<>(ProjectStatus.class);

    static {
        allow(ProjectStatus.WAITING, ProjectAction.LAUNCH, ProjectStatus.WAITING);
        allow(ProjectStatus.DIFFICULTIES, ProjectAction.RESOLVE_DIFFICULTIES, ProjectStatus.IN_PROGRESS);
        allow(ProjectStatus.DONE, ProjectAction.ACCEPT, ProjectStatus.ACCEPTED);
        allow(ProjectStatus.DONE, ProjectAction.REWORK, ProjectStatus.IN_PROGRESS);
        allow(ProjectStatus.ACCEPTED, ProjectAction.CLOSE, ProjectStatus.CLOSED);
        allow(ProjectStatus.SUSPENDED, ProjectAction.RESUME, ProjectStatus.IN_PROGRESS);
        for (ProjectStatus open : List.of(ProjectStatus.WAITING, ProjectStatus.IN_PROGRESS, ProjectStatus.DIFFICULTIES,
                ProjectStatus.DONE, ProjectStatus.ACCEPTED, ProjectStatus.SUSPENDED)) {
            allow(open, ProjectAction.REFUSE, ProjectStatus.REFUSED);
            if (open != ProjectStatus.SUSPENDED) {
                allow(open, ProjectAction.SUSPEND, ProjectStatus.SUSPENDED);
            }
        }
    }

    private static void allow(ProjectStatus from, ProjectAction action, ProjectStatus to) {
        ALLOWED.computeIfAbsent(from, s -> new EnumMap<>(ProjectAction.class)).put(action, to);
    }

    static Stream<Arguments> managerPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            for (ProjectAction action : MANAGER_ACTIONS) {
                pairs.add(Arguments.of(status, action));
            }
        }
        return pairs.stream();
    }

    static Stream<Arguments> allowedPairs() {
        return managerPairs().filter(a -> expectedTarget((ProjectStatus) a.get()[0], (ProjectAction) a.get()[1]) != null);
    }

    static Stream<Arguments> forbiddenPairs() {
        return managerPairs().filter(a -> expectedTarget((ProjectStatus) a.get()[0], (ProjectAction) a.get()[1]) == null);
    }

    private static ProjectStatus expectedTarget(ProjectStatus from, ProjectAction action) {
        return ALLOWED.getOrDefault(from, Map.of()).get(action);
    }

    /** Performs {@code action} with valid arguments: a reason, and the completed layouts for a rework. */
    private static void perform(Project project, ProjectAction action) {
        switch (action) {
            case LAUNCH -> project.launch(MANAGER, NOW);
            case ACCEPT -> project.accept(MANAGER, "ok", NOW);
            case CLOSE -> project.close(MANAGER, "ok", NOW);
            case REFUSE -> project.refuse(MANAGER, "reason", NOW);
            case SUSPEND -> project.suspend(MANAGER, "ok", NOW);
            case RESUME -> project.resume(MANAGER, "ok", NOW);
            case RESOLVE_DIFFICULTIES -> project.resolveDifficulties(MANAGER, "ok", NOW);
            case REWORK -> project.rework(MANAGER, "reason", project.layouts(), NOW);
            default -> throw new IllegalArgumentException(action.name());
        }
    }

    @ParameterizedTest(name = "{0} + {1} is allowed")
    @MethodSource("allowedPairs")
    void allowedActionMovesStatus(ProjectStatus from, ProjectAction action) {
        Project project = new ProjectFixtures().in(from);

        perform(project, action);

        assertEquals(expectedTarget(from, action), project.getStatus());
    }

    @ParameterizedTest(name = "{0} + {1} writes history")
    @MethodSource("allowedPairs")
    void allowedActionAppendsHistoryRow(ProjectStatus from, ProjectAction action) {
        Project project = new ProjectFixtures().in(from);
        int rowsBefore = project.getHistory().size();

        perform(project, action);

        StatusChange row = lastChange(project);
        assertEquals(rowsBefore + 1, project.getHistory().size());
        assertEquals(from, row.getFromStatus());
        assertEquals(expectedTarget(from, action), row.getToStatus());
        assertEquals(action, row.getAction());
        assertEquals(MANAGER, row.getActor());
        assertEquals(NOW, row.getChangedAt());
    }

    @ParameterizedTest(name = "{0} + {1} is rejected")
    @MethodSource("forbiddenPairs")
    void forbiddenActionIsRejectedWithKey(ProjectStatus from, ProjectAction action) {
        Project project = new ProjectFixtures().in(from);

        DomainRuleException e = assertThrows(DomainRuleException.class, () -> perform(project, action));

        String expectedKey = action.fixedTarget().isPresent() ? "project.transition.forbidden" : "project.action.forbidden";
        assertEquals(expectedKey, e.getKey());
        assertEquals(from, e.getArguments()[0]);
        assertEquals(action, e.getArguments()[1]);
    }

    @ParameterizedTest(name = "{0} + {1} names the target")
    @MethodSource("forbiddenPairs")
    void forbiddenFixedTargetNamesBothStatuses(ProjectStatus from, ProjectAction action) {
        Project project = new ProjectFixtures().in(from);

        DomainRuleException e = assertThrows(DomainRuleException.class, () -> perform(project, action));

        int expectedArguments = action.fixedTarget().isPresent() ? 3 : 2;
        assertEquals(expectedArguments, e.getArguments().length);
        if (expectedArguments == 3) {
            assertEquals(action.fixedTarget().get(), e.getArguments()[2]);
        }
    }

    @ParameterizedTest(name = "{0} + {1} changes nothing")
    @MethodSource("forbiddenPairs")
    void forbiddenActionLeavesProjectUnchanged(ProjectStatus from, ProjectAction action) {
        Project project = new ProjectFixtures().in(from);
        int rowsBefore = project.getHistory().size();

        assertThrows(DomainRuleException.class, () -> perform(project, action));

        assertEquals(from, project.getStatus());
        assertEquals(rowsBefore, project.getHistory().size());
    }

    static Stream<Arguments> derivedPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            pairs.add(Arguments.of(status, ProjectAction.FIRST_TAKE, status == ProjectStatus.WAITING ? ProjectStatus.IN_PROGRESS : null));
            pairs.add(Arguments.of(status, ProjectAction.LAST_COMPLETE, status == ProjectStatus.IN_PROGRESS ? ProjectStatus.DONE : null));
            pairs.add(Arguments.of(status, ProjectAction.REPORT_DIFFICULTY,
                    status == ProjectStatus.IN_PROGRESS ? ProjectStatus.DIFFICULTIES : null));
            pairs.add(Arguments.of(status, ProjectAction.CREATE, null));
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("derivedPairs")
    void derivedActionFollowsTable(ProjectStatus from, ProjectAction action, ProjectStatus expected) {
        assertEquals(expected, action.targetFrom(from, null).orElse(null));
    }
}
