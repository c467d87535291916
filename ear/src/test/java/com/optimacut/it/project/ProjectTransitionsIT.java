package com.optimacut.it.project;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.it.project.ProjectDriver.Stage;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsManager;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every manager action from every status, through {@link ProjectService} on a project brought to
 * that status by the services and an executor's layout actions. An allowed action changes the
 * status and writes exactly one history row; a forbidden one is rejected and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectTransitionsIT {

    private static final String MANAGER = "it-manager";

    /**
     * The expected outcome of each action (rows) from each starting stage (columns): a status
     * name is the status after the allowed action; {@code T} is {@code project.transition.forbidden},
     * {@code A} is {@code project.action.forbidden} and {@code L} is {@code project.launch.already}.
     * The suspended project was suspended from «В процессе», so a resume returns there.
     */
    private static final String MATRIX = """
            action               WAITING  LAUNCHED IN_PROGRESS  DIFFICULTIES DONE        ACCEPTED CLOSED REFUSED SUSPENDED
            LAUNCH               WAITING  L        A            A            A           A        A      A       A
            ACCEPT               T        T        T            T            ACCEPTED    T        T      T       T
            CLOSE                T        T        T            T            T           CLOSED   T      T       T
            REFUSE               REFUSED  REFUSED  REFUSED      REFUSED      REFUSED     REFUSED  T      T       REFUSED
            SUSPEND              SUSPENDED SUSPENDED SUSPENDED  SUSPENDED    SUSPENDED   SUSPENDED T     T       T
            RESUME               A        A        A            A            A           A        A      A       IN_PROGRESS
            RESOLVE_DIFFICULTIES T        T        T            IN_PROGRESS  T           T        T      T       T
            REWORK               T        T        T            T            IN_PROGRESS T        T      T       T
            REPORT_DIFFICULTY    T        T        DIFFICULTIES T            T           T        T      T       T
            """;

    private static final Map<ProjectAction, Map<Stage, String>> EXPECTED = parse(MATRIX);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(ProjectTransitionsIT.class, ProjectFixture.class, ProjectFixture.Catalogue.class,
                ProjectDriver.class, ProjectDriver.Stage.class);
    }

    @Inject
    private ProjectService projects;

    @Inject
    private ProjectFixture fixture;

    @Inject
    private RunAsManager asManager;

    @Resource(lookup = "jdbc/optimacut")
    private DataSource dataSource;

    private ProjectDriver driver;
    private ProjectFixture.Catalogue catalogue;
    private String tag;

    @BeforeEach
    void setUp() {
        driver = new ProjectDriver(asManager, projects, fixture);
        tag = ProjectDriver.uniqueTag();
        catalogue = driver.catalogue(tag, null);
    }

    @Test
    void launchFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.LAUNCH);
    }

    @Test
    void acceptFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.ACCEPT);
    }

    @Test
    void closeFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.CLOSE);
    }

    @Test
    void refuseFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.REFUSE);
    }

    @Test
    void suspendFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.SUSPEND);
    }

    @Test
    void resumeFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.RESUME);
    }

    @Test
    void resolveDifficultiesFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.RESOLVE_DIFFICULTIES);
    }

    @Test
    void reworkFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.REWORK);
    }

    @Test
    void reportDifficultyFromEveryStatus() {
        assertActionFromEveryStage(ProjectAction.REPORT_DIFFICULTY);
    }

    @Test
    void matrixCoversEveryManagerActionAndStage() {
        assertEquals(9, EXPECTED.size());
        assertAll(EXPECTED.values().stream().map(row -> () -> assertEquals(Stage.values().length, row.size())));
    }

    private void assertActionFromEveryStage(ProjectAction action) {
        List<Executable> checks = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            checks.addAll(checkAction(action, stage));
        }
        assertAll(action.name(), checks);
    }

    /** Performs the action on a new project at the stage and returns the checks of what it did. */
    private List<Executable> checkAction(ProjectAction action, Stage stage) {
        String expected = EXPECTED.get(action).get(stage);
        String label = action + " from " + stage;
        try {
            long id = driver.projectAt(stage, catalogue, "Проект " + tag + " " + label);
            int historyBefore = historyCount(id);
            String comment = "Комментарий " + label;
            if (expected.length() > 1) {
                perform(action, id, comment);
                return allowedChecks(label, id, historyBefore, stage.status, ProjectStatus.valueOf(expected),
                        action == ProjectAction.LAUNCH ? null : comment);
            }
            BusinessException rejected = assertThrows(BusinessException.class, () -> perform(action, id, comment), label);
            return List.of(
                    () -> assertEquals(rejectionKey(expected), rejected.getKey(), label + ": key"),
                    () -> assertEquals(stage.status.name(), statusOf(id), label + ": status unchanged"),
                    () -> assertEquals(historyBefore, historyCount(id), label + ": no history row"));
        } catch (Throwable e) {
            return List.of(() -> { throw new AssertionError(label + " failed: " + e, e); });
        }
    }

    private List<Executable> allowedChecks(String label, long id, int historyBefore, ProjectStatus from,
            ProjectStatus to, String comment) throws SQLException {
        String[] row = newestHistoryRow(id);
        return List.of(
                () -> assertEquals(to.name(), statusOf(id), label + ": status"),
                () -> assertEquals(historyBefore + 1, historyCount(id), label + ": one history row"),
                () -> assertEquals(from.name(), row[0], label + ": history from"),
                () -> assertEquals(to.name(), row[1], label + ": history to"),
                () -> assertEquals(MANAGER, row[2], label + ": history actor"),
                () -> assertEquals(comment, row[3], label + ": history comment"));
    }

    private void perform(ProjectAction action, long id, String comment) throws Exception {
        switch (action) {
            case LAUNCH -> asManager.call(() -> projects.launch(id, null));
            case ACCEPT -> asManager.call(() -> projects.accept(id, null, comment));
            case CLOSE -> asManager.call(() -> projects.close(id, null, comment));
            case REFUSE -> asManager.call(() -> projects.refuse(id, null, comment));
            case SUSPEND -> asManager.call(() -> projects.suspend(id, null, comment));
            case RESUME -> asManager.call(() -> projects.resume(id, null, comment));
            case RESOLVE_DIFFICULTIES -> asManager.call(() -> projects.resolveDifficulties(id, null, comment));
            case REWORK -> {
                List<Long> layouts = driver.layoutIds(id);
                asManager.call(() -> projects.rework(id, null, comment, layouts));
            }
            case REPORT_DIFFICULTY -> asManager.call(() -> projects.reportDifficulty(id, null, comment));
            default -> throw new IllegalArgumentException(action + " is not a manager action");
        }
    }

    private static String rejectionKey(String code) {
        return switch (code) {
            case "T" -> "project.transition.forbidden";
            case "A" -> "project.action.forbidden";
            case "L" -> "project.launch.already";
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static Map<ProjectAction, Map<Stage, String>> parse(String matrix) {
        String[] lines = matrix.strip().split("\n");
        String[] header = lines[0].trim().split("\\s+");
        Map<ProjectAction, Map<Stage, String>> expected = new EnumMap<>(ProjectAction.class);
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            String[] cells = line.trim().split("\\s+");
            Map<Stage, String> row = new EnumMap<>(Stage.class);
            for (int i = 1; i < cells.length; i++) {
                row.put(Stage.valueOf(header[i]), cells[i]);
            }
            expected.put(ProjectAction.valueOf(cells[0]), row);
        }
        return expected;
    }

    private String statusOf(long projectId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select status from project where id = ?")) {
            statement.setLong(1, projectId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private int historyCount(long projectId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from status_change where project_id = ?")) {
            statement.setLong(1, projectId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Returns from status, to status, actor and comment of the newest history row. */
    private String[] newestHistoryRow(long projectId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select from_status, to_status, actor, comment"
                     + " from status_change where project_id = ? order by changed_at desc, id desc limit 1")) {
            statement.setLong(1, projectId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)};
            }
        }
    }
}
