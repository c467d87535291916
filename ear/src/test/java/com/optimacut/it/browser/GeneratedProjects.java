package com.optimacut.it.browser;

import com.optimacut.it.support.TestSettings;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Thousands of projects of one new client, written straight into the test database over JDBC
 * because creating them through the service would take minutes. The client's name is unique to
 * the run, so a test that filters by it sees only these rows. {@link #delete()} removes them all.
 * <p>
 * Project {@code i} (from 0) is named {@code «<client> NNNN»}, has status number {@code i % 8} of
 * {@link #STATUSES}, a priority that alternates, a price of {@code i + 0.50} roubles and a unique
 * deadline, in an order that shuffles the numbers. Deadlines are 30 days ahead or later, so the
 * deadline scheduler leaves the rows alone. Ids come from {@code project_seq} in blocks of its
 * increment, as EclipseLink takes them, so they never collide with ids the server hands out.
 */
final class GeneratedProjects {

    /** The statuses in the order the generated projects cycle through them. */
    static final List<String> STATUSES = List.of("WAITING", "IN_PROGRESS", "DIFFICULTIES", "DONE", "ACCEPTED",
            "CLOSED", "REFUSED", "SUSPENDED");

    private static final int ID_BLOCK = 50;

    /** One generated project as the table should show it. */
    record Row(String name, String status, Instant deadline) {
    }

    private final long clientId;
    private final String clientName;
    private final List<Row> rows;

    private GeneratedProjects(long clientId, String clientName, List<Row> rows) {
        this.clientId = clientId;
        this.clientName = clientName;
        this.rows = rows;
    }

    /** Inserts a new client and {@code count} projects of it in one transaction. */
    static GeneratedProjects insert(int count) throws SQLException {
        String clientName = "Генератор " + BrowserScenario.uniqueTag();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant firstDeadline = now.plus(30, ChronoUnit.DAYS);
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            long clientId = nextBlock(db, "client_seq");
            try (PreparedStatement client = db.prepareStatement(
                    "insert into client (id, name, created_at, version) values (?, ?, ?, 0)")) {
                client.setLong(1, clientId);
                client.setString(2, clientName);
                client.setTimestamp(3, Timestamp.from(now));
                client.executeUpdate();
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement project = db.prepareStatement("insert into project (id, client_id, name, deadline,"
                    + " priority, status, status_before_suspension, price_total, created_at, created_by, updated_at,"
                    + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'it-generator', ?, 0)")) {
                long id = 0;
                for (int i = 0; i < count; i++) {
                    if (i % ID_BLOCK == 0) {
                        id = nextBlock(db, "project_seq") - ID_BLOCK + 1;
                    }
                    String name = clientName + " " + String.format("%04d", i);
                    String status = STATUSES.get(i % STATUSES.size());
                    // 7919 is a prime that does not divide the count, so i * 7919 mod count differs for every i.
                    Instant deadline = firstDeadline.plus((long) i * 7919 % count, ChronoUnit.MINUTES);
                    project.setLong(1, id++);
                    project.setLong(2, clientId);
                    project.setString(3, name);
                    project.setTimestamp(4, Timestamp.from(deadline));
                    project.setString(5, i % 2 == 0 ? "NORMAL" : "HIGH");
                    project.setString(6, status);
                    project.setString(7, "SUSPENDED".equals(status) ? "WAITING" : null);
                    project.setBigDecimal(8, new BigDecimal(i).add(new BigDecimal("0.50")));
                    project.setTimestamp(9, Timestamp.from(now));
                    project.setTimestamp(10, Timestamp.from(now));
                    project.addBatch();
                    rows.add(new Row(name, status, deadline));
                }
                project.executeBatch();
            }
            db.commit();
            return new GeneratedProjects(clientId, clientName, List.copyOf(rows));
        }
    }

    /** Deletes the generated projects and their client. */
    void delete() throws SQLException {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement projects = db.prepareStatement("delete from project where client_id = ?");
                    PreparedStatement client = db.prepareStatement("delete from client where id = ?")) {
                projects.setLong(1, clientId);
                projects.executeUpdate();
                client.setLong(1, clientId);
                client.executeUpdate();
            }
            db.commit();
        }
    }

    String clientName() {
        return clientName;
    }

    int size() {
        return rows.size();
    }

    /** Returns the names of the projects in the status, or of all when it is {@code null}, by deadline. */
    List<String> namesByDeadline(String status) {
        return rows.stream().filter(row -> status == null || row.status().equals(status))
                .sorted(Comparator.comparing(Row::deadline)).map(Row::name).toList();
    }

    private static long nextBlock(Connection db, String sequence) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("select nextval('" + sequence + "')");
                ResultSet result = next.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestSettings.dbUrl(), TestSettings.dbUser(), TestSettings.dbPassword());
    }
}
