package com.optimacut.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.TestSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The test server starts with the demo data set on PostgreSQL, as the quick start does on H2:
 * a project in every status, executors with competencies, and analysed layout files.
 */
class DemoDataIT {

    @Test
    void everyStatusHasDemoProject() throws SQLException {
        Set<String> statuses = strings("select distinct status from project where created_by = 'manager'");

        assertEquals(new TreeSet<>(Set.of("WAITING", "IN_PROGRESS", "DIFFICULTIES", "DONE", "ACCEPTED", "CLOSED",
                "REFUSED", "SUSPENDED")), statuses);
    }

    @Test
    void demoExecutorsHaveCompetencies() throws SQLException {
        assertTrue(count("select count(*) from executor_competence") >= 5);
    }

    @Test
    void demoLayoutsAreAnalysed() throws SQLException {
        assertEquals(0, count("select count(*) from client_file where uploaded_by = 'manager' and cut_length_mm is null"));
    }

    @Test
    void demoProjectsArePriced() throws SQLException {
        assertEquals(0, count("select count(*) from project where description = 'Демонстрационный проект' and price_total is null"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> strings(String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestSettings.dbUrl(), TestSettings.dbUser(), TestSettings.dbPassword());
    }
}
