package com.optimacut.it.report;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.LeadSource;
import com.optimacut.domain.project.Project;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Projects with a lead source, a creation time and a closing time chosen by the test, written
 * through SQL where the services would need the whole lifecycle. Each call is one transaction.
 */
@Stateless
@PermitAll
public class RevenueFixture {

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    /** Creates a lead source with a name no other test uses and returns its id. */
    public long leadSource(String prefix) {
        return leadSourceNamed(prefix + " " + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Creates a lead source with the given name and returns its id. */
    public long leadSourceNamed(String name) {
        LeadSource source = new LeadSource(name);
        em.persist(source);
        em.flush();
        return source.getId();
    }

    /** Creates a project of a new client with the lead source (or none), created at {@code createdAt}. */
    public long project(Long leadSourceId, Instant createdAt) {
        Client client = new Client("Клиент " + UUID.randomUUID().toString().substring(0, 8), createdAt);
        em.persist(client);
        Project project = new Project(client, "Проект " + UUID.randomUUID().toString().substring(0, 8),
                "it-fixture", createdAt);
        em.persist(project);
        em.flush();
        if (leadSourceId != null) {
            em.createNativeQuery("update project set lead_source_id = ? where id = ?")
                    .setParameter(1, leadSourceId).setParameter(2, project.getId()).executeUpdate();
        }
        return project.getId();
    }

    /**
     * Puts the project in {@code status} with the recorded total and one history row for the change
     * at {@code changedAt}, as the manager's action would have recorded it.
     */
    public void changeStatus(long projectId, String fromStatus, String status, String action, BigDecimal total,
            Instant changedAt) {
        // A null total is bound as text, which PostgreSQL assigns to a numeric column only with a cast.
        em.createNativeQuery("update project set status = ?, price_total = cast(? as numeric(12,2)),"
                        + " version = version + 1 where id = ?")
                .setParameter(1, status).setParameter(2, total).setParameter(3, projectId).executeUpdate();
        em.createNativeQuery("insert into status_change (id, project_id, from_status, to_status, action, actor,"
                        + " changed_at) values (nextval('status_change_seq'), ?, ?, ?, ?, 'it-manager', ?)")
                .setParameter(1, projectId).setParameter(2, fromStatus).setParameter(3, status)
                .setParameter(4, action).setParameter(5, Timestamp.from(changedAt)).executeUpdate();
    }

    /** Sets the project's deadline. */
    public void deadline(long projectId, Instant deadline) {
        em.createNativeQuery("update project set deadline = ?, version = version + 1 where id = ?")
                .setParameter(1, Timestamp.from(deadline)).setParameter(2, projectId).executeUpdate();
    }
}
