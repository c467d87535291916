package com.optimacut.domain.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Applies every migration the quick start runs (common and h2) to an in-memory H2 database in the
 * quick start's PostgreSQL mode.
 */
class MigrationsOnH2Test {

    private String url;
    private Connection keepAlive;

    @BeforeEach
    void openDatabase() throws SQLException {
        url = "jdbc:h2:mem:migrations-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        // An in-memory H2 database lives while a connection is open.
        keepAlive = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        keepAlive.close();
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load();
    }

    @Test
    void allMigrationsApply() {
        MigrateResult result = flyway().migrate();

        assertTrue(result.success);
        assertEquals("7", result.targetSchemaVersion);
    }

    @Test
    void secondMigrateAppliesNothing() {
        flyway().migrate();

        MigrateResult second = flyway().migrate();

        assertEquals(0, second.migrationsExecuted);
    }

    @Test
    void settingDefaultsAreInserted() throws SQLException {
        flyway().migrate();

        try (Statement statement = keepAlive.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select setting_value from app_setting where setting_key = 'escalation.hoursBeforeDeadline'")) {
            assertTrue(rows.next());
            assertEquals("24", rows.getString(1));
        }
    }

    @Test
    void secondProjectForOneInquiryIsRejected() throws SQLException {
        flyway().migrate();

        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("insert into client (id, name, created_at) values (1, 'C', current_timestamp)");
            statement.execute("insert into inquiry (id, client_id, inquiry_text, received_at, outcome)"
                    + " values (1, 1, 'T', current_timestamp, 'BECAME_PROJECT')");
            statement.execute(projectInsert(1));
            assertThrowsSql(() -> statement.execute(projectInsert(2)));
        }
    }

    @Test
    void unknownStatusIsRejected() throws SQLException {
        flyway().migrate();

        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("insert into client (id, name, created_at) values (1, 'C', current_timestamp)");
            assertThrowsSql(() -> statement.execute(projectInsert(1).replace("'WAITING'", "'LOST'")));
        }
    }

    private static String projectInsert(long id) {
        return "insert into project (id, client_id, inquiry_id, name, priority, status, created_at, created_by, updated_at)"
                + " values (" + id + ", 1, 1, 'P', 'NORMAL', 'WAITING', current_timestamp, 'm', current_timestamp)";
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void assertThrowsSql(SqlAction action) {
        boolean failed = false;
        try {
            action.run();
        } catch (SQLException expected) {
            failed = true;
        }
        assertTrue(failed, "the statement should violate a constraint");
    }
}
