import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and creates an empty PostgreSQL database for the integration tests, so every test run
 * starts from a fresh schema. Run by test-server.sh as a single-file program:
 * {@code java -cp postgresql.jar RecreateDatabase.java URL USER PASSWORD}.
 */
public class RecreateDatabase {

    public static void main(String[] args) throws SQLException {
        if (args.length < 2) {
            System.err.println("usage: RecreateDatabase JDBC_URL USER [PASSWORD]");
            System.exit(2);
        }
        String url = args[0];
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceFirst("\\?.*", "");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain lower-case identifier: " + database);
        }
        String maintenanceUrl = url.substring(0, slash + 1) + "postgres";
        String password = args.length > 2 ? args[2] : "";

        try (Connection connection = DriverManager.getConnection(maintenanceUrl, args[1], password);
             PreparedStatement terminate = connection.prepareStatement(
                     "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()");
             Statement statement = connection.createStatement()) {
            terminate.setString(1, database);
            terminate.execute();
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database + " encoding 'UTF8' template template0");
        }
        System.out.println("Created an empty database " + database);
    }
}
