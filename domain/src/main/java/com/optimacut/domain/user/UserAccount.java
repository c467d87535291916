package com.optimacut.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person or program that signs in to Optima-Cut, with a PBKDF2 password hash and roles.
 * <p>
 * Repeated wrong passwords for one account slow further attempts down: after
 * {@link #FREE_FAILURES} failures in a row, each next attempt must wait twice as long as the
 * previous one (1 s, 2 s, 4 s … up to {@link #MAX_LOGIN_DELAY}), counted from the last failure.
 * The count lives in the database, so every server node of a cluster applies it.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME,
        query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT_ALL, query = "select count(u) from UserAccount u")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT_ALL = "UserAccount.countAll";

    /** Wrong passwords in a row that cost nothing; the next ones are delayed. */
    public static final int FREE_FAILURES = 3;
    /** Maximum wait between attempts, however many failures came before. */
    public static final Duration MAX_LOGIN_DELAY = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "last_failed_login_at")
    private Instant lastFailedLoginAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    /**
     * Creates an enabled account. The user name is stored in lower case, so sign-in ignores case.
     */
    public UserAccount(String username, String fullName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = normalizeUsername(username);
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Returns the user name as stored: trimmed and in lower case. */
    public static String normalizeUsername(String username) {
        return Objects.requireNonNull(username, "username").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns how long this account must still wait before the next password attempt is
     * checked; zero when an attempt is allowed now.
     */
    public Duration loginDelayRemaining(Instant now) {
        if (failedLogins < FREE_FAILURES || lastFailedLoginAt == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, lastFailedLoginAt.plus(requiredDelay(failedLogins)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Returns the wait that follows the given number of failures in a row. */
    static Duration requiredDelay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_LOGIN_DELAY) > 0 ? MAX_LOGIN_DELAY : delay;
    }

    /** Records a wrong password, which lengthens the wait before the next attempt. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        lastFailedLoginAt = now;
    }

    /** Records a successful sign-in and clears the count of earlier failures. */
    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lastFailedLoginAt = null;
        lastLoginAt = now;
    }

    /** Replaces the password hash, for example after the user changed the password. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setFullName(String fullName) {
        this.fullName = Objects.requireNonNull(fullName, "fullName");
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Replaces the roles of this account. */
    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public long getVersion() {
        return version;
    }
}
