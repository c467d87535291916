package com.optimacut.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.TestSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/**
 * The test database was created empty before the EAR was deployed, so everything in it was made
 * by the application's start-up migration. A second migration run with the same settings, as
 * at the next start, must find nothing to do.
 */
class SchemaMigrationIT {

    private static Flyway flyway() {
        return Flyway.configure()
                .dataSource(TestSettings.dbUrl(), TestSettings.dbUser(), TestSettings.dbPassword())
                // The test database is PostgreSQL. Flyway does not expand "{vendor}" (Spring Boot does).
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .failOnMissingLocations(false)
                .load();
    }

    @Test
    void everyMigrationSucceededAtDeployment() {
        MigrationInfo[] all = flyway().info().all();

        assertTrue(all.length > 0, "the schema history is empty");
        assertTrue(Arrays.stream(all).allMatch(info -> info.getState() == MigrationState.SUCCESS),
                () -> "not every migration succeeded: " + Arrays.toString(all));
    }

    @Test
    void secondMigrationRunChangesNothing() throws SQLException {
        int historyBefore = countRows("flyway_schema_history");

        int executed = flyway().migrate().migrationsExecuted;

        assertEquals(0, executed);
        assertEquals(historyBefore, countRows("flyway_schema_history"));
    }

    @Test
    void postgresqlOnlyMigrationRanAtDeployment() throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select count(*) from pg_indexes where indexname = 'project_escalation_due_idx'")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the partial indexes of db/migration/postgresql are missing");
        }
    }

    /**
     * Checks that V6 took back V4's database-wide force_custom_plan. The projects list and the
     * executor board set custom plans for their own transactions.
     */
    @Test
    void newConnectionsKeepTheDefaultPlanCacheMode() throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show plan_cache_mode")) {
            rows.next();
            assertEquals("auto", rows.getString(1));
        }
    }

    @Test
    void accountsTableExists() throws SQLException {
        assertTrue(tableExists("app_user"));
    }

    @Test
    void outboxTableExists() throws SQLException {
        assertTrue(tableExists("outbox_mail"));
    }

    private static boolean tableExists(String table) throws SQLException {
        try (Connection connection = connect();
             ResultSet rows = connection.getMetaData().getTables(null, "public", table, new String[] {"TABLE"})) {
            return rows.next();
        }
    }

    private static int countRows(String table) throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestSettings.dbUrl(), TestSettings.dbUser(), TestSettings.dbPassword());
    }
}
