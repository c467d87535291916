package com.optimacut.it.browser;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.material.Material;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Test data for the browser tests that the screens under test do not create: a new client with
 * one layout file, for projects of the demo material «Фанера ФК 4 мм», which the demo executor
 * {@code laser} may work with. It changes no demo data.
 */
@Stateless
@PermitAll
public class BoardFixture {

    /** The code of the demo material «Фанера ФК 4 мм». */
    static final String DEMO_PLYWOOD = "PLY-FK-4";

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    /** A client, one of its files and the demo material. */
    public record Catalogue(long clientId, long fileId, long materialId) {
    }

    /** Creates a client named after {@code tag} with one PDF layout file. */
    public Catalogue catalogue(String tag) {
        Client client = new Client("Клиент " + tag, Instant.now());
        client.changeContacts("Клиент " + tag, "Контакт " + tag, null, "+7 900 000-00-00", null);
        em.persist(client);
        ClientFile file = new ClientFile(client, "layout-" + tag + ".pdf", "application/pdf", 100,
                "0".repeat(64), LayoutFormat.PDF, "it-manager", Instant.now());
        em.persist(file);
        Material plywood = em.createNamedQuery(Material.BY_CODE, Material.class)
                .setParameter("code", DEMO_PLYWOOD).getSingleResult();
        em.flush();
        return new Catalogue(client.getId(), file.getId(), plywood.getId());
    }
}
