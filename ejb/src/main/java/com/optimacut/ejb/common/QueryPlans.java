package com.optimacut.ejb.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * PostgreSQL planner settings for the current transaction ({@code SET LOCAL}), for the few queries
 * whose plans go wrong on a large database (docs/benchmarks.md). On other databases the methods do
 * nothing. Callers must run in a transaction, because the settings end with it.
 */
public final class QueryPlans {

    /** Whether the database is PostgreSQL, found once from the first connection's metadata. */
    private static volatile Boolean postgreSql;

    private QueryPlans() {
    }

    /**
     * Plans every statement of the transaction with its parameter values. Once the driver has
     * prepared a statement, PostgreSQL may switch to a generic plan that ignores them.
     */
    public static void withValues(EntityManager em) {
        set(em, "select set_config('plan_cache_mode', 'force_custom_plan', true)");
    }

    /**
     * Plans the transaction's statements with values and without hash joins. For queries that
     * PostgreSQL would otherwise run by hashing whole tables, where few rows of the driving
     * table qualify and nested loops over the indexes read far less.
     */
    public static void withValuesWithoutHashJoins(EntityManager em) {
        set(em, "select set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('enable_hashjoin', 'off', true)");
    }

    /** Runs {@code settings}, calls of {@code set_config(name, value, true)}, which is SET LOCAL as a query. */
    private static void set(EntityManager em, String settings) {
        if (isPostgreSql(em)) {
            em.createNativeQuery(settings).getResultList();
        }
    }

    private static boolean isPostgreSql(EntityManager em) {
        Boolean known = postgreSql;
        if (known == null) {
            try {
                known = em.unwrap(Connection.class).getMetaData().getDatabaseProductName()
                        .toLowerCase(Locale.ROOT).contains("postgresql");
            } catch (SQLException e) {
                throw new PersistenceException("Cannot read the database's product name", e);
            }
            postgreSql = known;
        }
        return known;
    }
}
