package com.optimacut.ejb.demo;

import com.optimacut.domain.user.PasswordHash;
import com.optimacut.domain.user.Role;
import com.optimacut.domain.user.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the demo data set at start-up when the system property {@code optimacut.demo-data} is
 * {@code true} and the database has no users yet: the accounts below, and the workshop of
 * {@link DemoWorkshop} with a project in every status. A production install leaves the property
 * unset and starts with no users at all.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigration")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    static final String PROPERTY = "optimacut.demo-data";

    /** The password of every demo account; printed by the run command. */
    public static final String DEMO_PASSWORD = "demo";

    /** A demo account: user name, full name and role. */
    public record DemoAccount(String username, String fullName, Role role) {
    }

    /** The demo accounts, one or more per role. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Елена Васильева", Role.ADMIN),
            new DemoAccount("manager", "Ольга Смирнова", Role.MANAGER),
            new DemoAccount("laser", "Иван Петров", Role.EXECUTOR),
            new DemoAccount("mill", "Сергей Кузнецов", Role.EXECUTOR),
            new DemoAccount("integrator", "Сайт мастерской", Role.INTEGRATOR));

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        long users = em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
        if (users > 0) {
            LOG.info(() -> "Demo data not loaded: the database already has " + users + " users");
            return;
        }
        Map<String, UserAccount> accounts = loadAccounts();
        new DemoWorkshop(em).create(accounts);
        LOG.info(() -> "Demo data loaded: " + ACCOUNTS.size() + " accounts, materials, clients and a project in every status");
    }

    private Map<String, UserAccount> loadAccounts() {
        Map<String, UserAccount> accounts = new HashMap<>();
        Instant now = Instant.now();
        for (DemoAccount demo : ACCOUNTS) {
            String hash = PasswordHash.hash(DEMO_PASSWORD.toCharArray());
            UserAccount account = new UserAccount(demo.username(), demo.fullName(), hash, EnumSet.of(demo.role()), now);
            account.setEmail(demo.username() + "@optimacut.example");
            em.persist(account);
            accounts.put(demo.username(), account);
        }
        return accounts;
    }
}
