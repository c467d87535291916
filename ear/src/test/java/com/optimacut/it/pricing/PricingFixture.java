package com.optimacut.it.pricing;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.material.CuttingPricing;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.material.SheetPricing;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.user.Role;
import com.optimacut.domain.user.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creates test data directly through the entities, each call in its own transaction, for the
 * steps that belong to other services (projects, their items, work started, closing).
 */
@Stateless
@PermitAll
public class PricingFixture {

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    /** Returns a code no other test uses. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Creates the plywood of the pricing unit tests: sheet 1000 × 500 mm at 1 500.00 ₽, gap 2 mm,
     * kerf 0.2 mm, cutting 20.00 ₽ per metre, and the given price per pierce.
     */
    public long plywood(BigDecimal pricePerPierce) {
        Material material = new Material(uniqueCode("ply"), "Фанера ФК 4 мм " + uniqueCode("it"), MaterialKind.PLYWOOD,
                new BigDecimal("4"), new BigDecimal("1000"), new BigDecimal("500"));
        material.setSheetPrices(SheetPricing.PER_SHEET, new BigDecimal("1500.00"), null);
        material.setCuttingPricing(CuttingPricing.BY_LENGTH);
        material.setPricePerMetre(new BigDecimal("20.00"));
        material.setPricePerPierce(pricePerPierce);
        material.setGapAndKerf(new BigDecimal("2"), new BigDecimal("0.2"));
        material.checkValid();
        em.persist(material);
        em.flush();
        return material.getId();
    }

    /** Creates a client with a unique name and returns its id. */
    public long client() {
        Client client = new Client(uniqueCode("Клиент"), Instant.now());
        em.persist(client);
        em.flush();
        return client.getId();
    }

    /** Creates a project of the client with one item of the file and material, and returns its id. */
    public long projectWithItem(long clientId, long fileId, long materialId, int quantity) {
        Project project = new Project(em.find(Client.class, clientId), uniqueCode("Проект"), "it-fixture",
                Instant.now());
        project.addItem(quantity, em.find(ClientFile.class, fileId), em.find(Material.class, materialId), null,
                Instant.now());
        em.persist(project);
        em.flush();
        return project.getId();
    }

    /** Creates a project of the client without items and returns its id. */
    public long emptyProject(long clientId) {
        Project project = new Project(em.find(Client.class, clientId), uniqueCode("Проект"), "it-fixture",
                Instant.now());
        em.persist(project);
        em.flush();
        return project.getId();
    }

    /** Marks the project as started by an executor, which locks its production fields. */
    public void startWork(long projectId) {
        em.createNativeQuery("update project set work_started_at = ?, version = version + 1 where id = ?")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, projectId).executeUpdate();
    }

    /** Puts the project straight into «Закрыт» with a recorded total, for the client's history. */
    public void close(long projectId, BigDecimal total) {
        em.createNativeQuery("update project set status = 'CLOSED', price_total = ?, version = version + 1"
                + " where id = ?").setParameter(1, total).setParameter(2, projectId).executeUpdate();
    }

    /** Creates a user account with the given roles, as the administrator would, and returns the user name. */
    public String user(Set<Role> roles) {
        String username = uniqueCode("it-user").toLowerCase();
        em.persist(new UserAccount(username, "Тестовый Исполнитель", "not-a-real-hash", roles, Instant.now()));
        em.flush();
        return username;
    }

    /** Returns one value of a row found by id, read through SQL, or {@code null}. */
    public Object column(String table, String column, long id) {
        // A list, not a stream: Stream.findFirst rejects a null column value.
        List<?> rows = em.createNativeQuery("select " + column + " from " + table + " where id = ?")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Returns the stored value of the setting {@code key}, read through SQL. */
    public Object settingValue(String key) {
        return em.createNativeQuery("select setting_value from app_setting where setting_key = ?")
                .setParameter(1, key).getSingleResult();
    }

    /** Returns the number of rows of a table whose {@code column} equals {@code value}. */
    public long count(String table, String column, Object value) {
        Object result = em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?")
                .setParameter(1, value).getSingleResult();
        return ((Number) result).longValue();
    }
}
