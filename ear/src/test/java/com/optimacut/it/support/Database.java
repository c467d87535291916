package com.optimacut.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the test database over JDBC from the test JVM, so a browser test can check what a screen
 * stored, or that rejected input stored nothing.
 */
public final class Database {

    private Database() {
    }

    /** Returns the single number that the query selects, such as a {@code count(*)}. */
    public static long number(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(TestSettings.dbUrl(), TestSettings.dbUser(),
                TestSettings.dbPassword()); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** Returns the number of rows in the table. */
    public static long count(String table) {
        return number("select count(*) from " + table);
    }

    /** Returns the single text value that the query selects, or {@code null}. */
    public static String text(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(TestSettings.dbUrl(), TestSettings.dbUser(),
                TestSettings.dbPassword()); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}
