package com.optimacut.it.project;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.executor.Trade;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.project.LayoutWork;
import com.optimacut.domain.settings.AppSetting;
import com.optimacut.domain.settings.SettingKey;
import com.optimacut.domain.user.PasswordHash;
import com.optimacut.domain.user.Role;
import com.optimacut.domain.user.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Test data that the services under test do not create: clients, materials, files, executors, and
 * the executors' actions on layouts, which have no service yet and so call the domain methods
 * here, one transaction per call, as the executor's service will. Every method runs in its own
 * transaction because the tests call it from outside one.
 */
@Stateless
@PermitAll
public class ProjectFixture {

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    /** A client, a material and one PDF file of that client. */
    public record Catalogue(long clientId, long materialId, long fileId) {
    }

    /**
     * Creates a client (with {@code clientEmail}, which may be {@code null}), an active material
     * and a file of the client, and makes {@code executorUsername} competent for the material.
     */
    public Catalogue catalogue(String tag, String clientEmail, String executorUsername) {
        Client client = new Client("Клиент " + tag, Instant.now());
        client.changeContacts("Клиент " + tag, "Контакт " + tag, clientEmail, "+7 900 000-00-00", null);
        em.persist(client);
        Material material = new Material("IT-" + tag, "Фанера " + tag, MaterialKind.PLYWOOD, new BigDecimal("4"),
                new BigDecimal("1525"), new BigDecimal("1525"));
        em.persist(material);
        ClientFile file = new ClientFile(client, "layout-" + tag + ".pdf", "application/pdf", 100,
                "0".repeat(64), LayoutFormat.PDF, "it-manager", Instant.now());
        em.persist(file);
        executor(executorUsername).addCompetence(material);
        em.flush();
        return new Catalogue(client.getId(), material.getId(), file.getId());
    }

    /** Returns the executor id of {@code username}, creating the account and executor when absent. */
    public long executorId(String username) {
        Executor executor = executor(username);
        em.flush();
        return executor.getId();
    }

    /** Takes the layout as {@code username}, as the executor's board would. */
    public void take(String username, long layoutId) {
        em.find(LayoutWork.class, layoutId).take(executor(username), Instant.now());
        em.flush();
    }

    /** Completes a layout that {@code username} holds. */
    public void complete(String username, long layoutId) {
        em.find(LayoutWork.class, layoutId).complete(executor(username), Instant.now());
        em.flush();
    }

    /** Sets the courier address setting; an empty value removes it. */
    public void setCourierEmail(String address) {
        em.find(AppSetting.class, SettingKey.COURIER_EMAIL.key()).change(address, "it-admin", Instant.now());
    }

    /**
     * Moves the unsent outbox messages to {@code recipient} a day ahead, so that the test server's
     * outbox worker does not send them to the SMTP server of a later test class, which counts
     * the messages it receives.
     */
    public int parkUnsentMail(String recipient) {
        return em.createNativeQuery("update outbox_mail set next_attempt_at = ?, version = version + 1"
                        + " where recipient = ? and sent_at is null")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(1))))
                .setParameter(2, recipient)
                .executeUpdate();
    }

    private Executor executor(String username) {
        Executor executor = em.createNamedQuery(Executor.BY_USERNAME, Executor.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (executor != null) {
            return executor;
        }
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = new UserAccount(username, "Исполнитель " + username,
                    PasswordHash.hash(UUID.randomUUID().toString().toCharArray()), Set.of(Role.EXECUTOR), Instant.now());
            em.persist(account);
        }
        executor = new Executor(account, Trade.LASER_OPERATOR);
        em.persist(executor);
        return executor;
    }
}
