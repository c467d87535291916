package com.optimacut.ejb.project;

import com.optimacut.domain.project.Priority;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.common.QueryPlans;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects list as two Criteria queries, one for the page and one for the count, so that
 * filtering, sorting and paging all happen in the database.
 * <p>
 * On PostgreSQL both run with custom plans only ({@code plan_cache_mode}, for this transaction):
 * once the driver has prepared a statement, PostgreSQL may switch to a generic plan that ignores
 * the values, and for a late page of a large status that plan walked an index through every
 * skipped row (6.4 s instead of 2.7 s on 1,000,000 projects, docs/benchmarks.md).
 */
final class ProjectListQuery {

    private final EntityManager em;
    private final CriteriaBuilder cb;

    ProjectListQuery(EntityManager em) {
        this.em = em;
        this.cb = em.getCriteriaBuilder();
    }

    /** Runs the page query, and the count query unless {@code knownTotal} is given. */
    Page<ProjectSummary> run(ProjectQuery query, Instant now, Long knownTotal) {
        QueryPlans.withValues(em);
        CriteriaQuery<Tuple> select = cb.createTupleQuery();
        Root<Project> project = select.from(Project.class);
        From<?, ?> client = project.join("client");
        From<?, ?> account = project.join("assignedExecutor", JoinType.LEFT).join("account", JoinType.LEFT);
        select.multiselect(project.get("id"), project.get("name"), client.get("name"), project.get("status"),
                account.get("fullName"), project.get("deadline"), project.get("priority"),
                project.get("priceTotal"), project.get("version"));
        select.where(filter(project, query));
        select.orderBy(order(project, client, query), cb.asc(project.get("id")));

        List<ProjectSummary> rows = em.createQuery(select)
                .setFirstResult(Math.max(query.first(), 0))
                .setMaxResults(Page.clampSize(query.size()))
                .getResultStream()
                .map(row -> summary(row, now))
                .toList();
        return new Page<>(rows, knownTotal != null ? knownTotal : count(query));
    }

    private long count(ProjectQuery query) {
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Project> project = count.from(Project.class);
        count.select(cb.count(project)).where(filter(project, query));
        return em.createQuery(count).getSingleResult();
    }

    private Predicate[] filter(Root<Project> project, ProjectQuery query) {
        List<Predicate> conditions = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add(project.get("status").in(query.statuses()));
        }
        if (query.clientId() != null) {
            conditions.add(cb.equal(project.get("client").get("id"), query.clientId()));
        }
        if (query.executorId() != null) {
            conditions.add(cb.equal(project.get("assignedExecutor").get("id"), query.executorId()));
        }
        if (query.deadlineFrom() != null) {
            conditions.add(cb.greaterThanOrEqualTo(project.get("deadline"), query.deadlineFrom()));
        }
        if (query.deadlineTo() != null) {
            conditions.add(cb.lessThanOrEqualTo(project.get("deadline"), query.deadlineTo()));
        }
        if (query.priority() != null) {
            conditions.add(cb.equal(project.get("priority"), query.priority()));
        }
        if (query.updatedSince() != null) {
            conditions.add(cb.greaterThanOrEqualTo(project.get("updatedAt"), query.updatedSince()));
        }
        return conditions.toArray(Predicate[]::new);
    }

    private Order order(Root<Project> project, From<?, ?> client, ProjectQuery query) {
        ProjectSort sort = query.sort() == null ? ProjectSort.DEADLINE : query.sort();
        Expression<?> column = switch (sort) {
            case DEADLINE -> project.get("deadline");
            case STATUS -> lifecycleOrder(project.get("status"));
            case CLIENT_NAME -> cb.lower(client.get("name"));
            case NAME -> cb.lower(project.get("name"));
            case PRIORITY -> project.get("priority");
            case CREATED_AT -> project.get("createdAt");
            case PRICE_TOTAL -> project.get("priceTotal");
        };
        return query.descending() ? cb.desc(column) : cb.asc(column);
    }

    /** Returns the status's place in {@link ProjectStatus} order, because the names sort alphabetically. */
    private Expression<Integer> lifecycleOrder(Expression<ProjectStatus> status) {
        CriteriaBuilder.Case<Integer> position = cb.selectCase();
        for (ProjectStatus value : ProjectStatus.values()) {
            position = position.when(cb.equal(status, value), cb.literal(value.ordinal()));
        }
        return position.otherwise(cb.literal(ProjectStatus.values().length));
    }

    private static ProjectSummary summary(Tuple row, Instant now) {
        ProjectStatus status = row.get(3, ProjectStatus.class);
        Instant deadline = row.get(5, Instant.class);
        return new ProjectSummary(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class), status,
                row.get(4, String.class), deadline, row.get(6, Priority.class), row.get(7, BigDecimal.class),
                ProjectSummary.isOverdue(status, deadline, now), row.get(8, Long.class));
    }
}
