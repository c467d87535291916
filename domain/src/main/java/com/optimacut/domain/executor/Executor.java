package com.optimacut.domain.executor;

import com.optimacut.domain.material.Material;
import com.optimacut.domain.shared.EntityIdentity;
import com.optimacut.domain.user.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A shop-floor worker: one user account with the EXECUTOR role, a trade and competencies, the
 * materials they may work with («Материалы, с которыми умеет работать»).
 * <p>
 * On a project with no executor assigned, an executor sees the layouts whose material is among
 * their competencies; on a project assigned to them, every layout of it. An executor who left is
 * {@linkplain #deactivate() deactivated}, not deleted, because the history names them.
 */
@Entity
@Table(name = "executor")
@NamedQuery(name = Executor.BY_USERNAME,
        query = "select e from Executor e join e.account a where a.username = :username")
@NamedQuery(name = Executor.FOR_WORK,
        query = "select e from Executor e join e.account a where a.username = :username",
        hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "e.account"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "e.account.roles")})
@NamedQuery(name = Executor.FOR_TAKE,
        query = "select e from Executor e join e.account a where a.username = :username",
        hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "e.account"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "e.account.roles"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "e.competencies")})
@NamedQuery(name = Executor.ACTIVE,
        query = "select e from Executor e join e.account a where e.active = true order by a.fullName, e.id")
@NamedQuery(name = Executor.ACTIVE_WITH_COMPETENCE,
        query = "select e from Executor e where e.active = true and :material member of e.competencies")
public class Executor {

    /** The executor whose account has the user name {@code :username}. */
    public static final String BY_USERNAME = "Executor.byUsername";
    /**
     * {@link #BY_USERNAME} with the account and its roles in the same statement, for the
     * executor's actions on layouts. The hints sit on the named query, so EclipseLink prepares its
     * SQL once instead of on every call.
     */
    public static final String FOR_WORK = "Executor.forWork";
    /** {@link #FOR_WORK} with the competencies too, which a take checks. */
    public static final String FOR_TAKE = "Executor.forTake";
    /** Active executors by full name, for the executor choice on a project. */
    public static final String ACTIVE = "Executor.active";
    /** Active executors competent for {@code :material}, to notify about an unassigned layout. */
    public static final String ACTIVE_WITH_COMPETENCE = "Executor.activeWithCompetence";

    @Id
    @SequenceGenerator(name = "executor_seq", sequenceName = "executor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "executor_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, unique = true)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    @ManyToMany
    @JoinTable(name = "executor_competence",
            joinColumns = @JoinColumn(name = "executor_id"),
            inverseJoinColumns = @JoinColumn(name = "material_id"))
    private Set<Material> competencies = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Executor() {
        // for JPA
    }

    /** Creates an active executor without competencies for the given account. */
    public Executor(UserAccount account, Trade trade) {
        this.account = Objects.requireNonNull(account, "account");
        this.trade = Objects.requireNonNull(trade, "trade");
    }

    /** Returns whether this executor may work with {@code material}. */
    public boolean isCompetentFor(Material material) {
        if (material == null) {
            return false;
        }
        for (Material competence : competencies) {
            if (EntityIdentity.same(competence, material, Material::getId)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the competencies with {@code materials}. */
    public void replaceCompetencies(Collection<Material> materials) {
        competencies.clear();
        competencies.addAll(materials);
    }

    /** Adds {@code material} to the competencies; adding one twice changes nothing. */
    public void addCompetence(Material material) {
        if (!isCompetentFor(material)) {
            competencies.add(Objects.requireNonNull(material, "material"));
        }
    }

    /** Removes {@code material} from the competencies. */
    public void removeCompetence(Material material) {
        competencies.removeIf(m -> EntityIdentity.same(m, material, Material::getId));
    }

    public void changeTrade(Trade trade) {
        this.trade = Objects.requireNonNull(trade, "trade");
    }

    /** Takes the executor off every board; the layouts they hold stay theirs. */
    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** Returns whether {@code other} is the same executor. */
    public boolean sameAs(Executor other) {
        return EntityIdentity.same(this, other, Executor::getId);
    }

    /** Returns the user name of the account, which history rows and notifications record. */
    public String getUsername() {
        return account.getUsername();
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Trade getTrade() {
        return trade;
    }

    public Set<Material> getCompetencies() {
        return Collections.unmodifiableSet(competencies);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Executor[id=" + id + ", trade=" + trade + "]";
    }
}
