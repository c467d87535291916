package com.optimacut.ejb.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts.
 * <p>
 * Migrations live in the domain module under {@code db/migration/common} (portable SQL) and
 * {@code db/migration/<vendor>} (PostgreSQL-only or H2-only parts). Starting an up-to-date
 * database is a no-op; a failed migration fails the deployment, so the application never runs
 * on a half-upgraded schema. Several nodes starting at once are safe because Flyway takes a
 * database lock while it migrates.
 */
@Singleton
@Startup
@PermitAll
// Flyway commits each migration itself, so the container must not wrap it in a transaction.
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/optimacut")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .failOnMissingLocations(false)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * Returns the folder of the database's own migrations: {@code postgresql} or {@code h2}.
     * Flyway itself does not expand a {@code {vendor}} placeholder in a location (Spring Boot
     * does), so the name comes from the driver's product name.
     */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product name", e);
        }
    }

    /** Returns the schema version after the start-up migration. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
