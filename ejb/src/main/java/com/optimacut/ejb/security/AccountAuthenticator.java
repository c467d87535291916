package com.optimacut.ejb.security;

import com.optimacut.domain.user.PasswordHash;
import com.optimacut.domain.user.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a user name and password against the stored accounts.
 * <p>
 * The caller learns only "signed in" or "not": an unknown user, a disabled account, a wrong
 * password and an attempt made too soon after earlier failures all return an empty result, and
 * an unknown user costs as much time as a known one. Each wrong password for an existing
 * account lengthens the wait before its next attempt is checked (see {@link UserAccount}).
 */
@Stateless
@PermitAll
public class AccountAuthenticator {

    private static final Logger LOG = Logger.getLogger(AccountAuthenticator.class.getName());

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    /**
     * Checks the password and records the outcome on the account.
     * <p>
     * The password hash is checked before the account row is locked, because the check is slow on
     * purpose and a lock held through it made every other sign-in of the account wait, one after
     * the other. The row is then locked and read again: if a failure was recorded in the meantime
     * (its delay now applies) or the password changed, the attempt is refused as if it had come
     * after that failure, which is what the delay between attempts requires.
     *
     * @return the account's name and roles, or empty if sign-in must be refused
     */
    public Optional<AuthenticatedAccount> authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            PasswordHash.verifyAgainstDummy(password);
            return Optional.empty();
        }

        UserAccount account = found.get();
        if (isDelayed(account, Instant.now())) {
            return Optional.empty();
        }
        String checkedHash = account.getPasswordHash();
        boolean passwordMatches = PasswordHash.verify(password, checkedHash);

        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (isDelayed(account, now) || !checkedHash.equals(account.getPasswordHash())) {
            return Optional.empty();
        }
        if (!passwordMatches || !account.isEnabled()) {
            account.recordFailedLogin(now);
            LOG.info(() -> "Sign-in for user " + account.getId() + " failed (" + account.getFailedLogins()
                    + " in a row)");
            return Optional.empty();
        }
        account.recordSuccessfulLogin(now);
        return Optional.of(new AuthenticatedAccount(account.getUsername(), account.getFullName(), account.getRoles()));
    }

    /** Returns whether the delay after the account's earlier failures still runs, and logs a refusal. */
    private static boolean isDelayed(UserAccount account, Instant now) {
        Duration wait = account.loginDelayRemaining(now);
        if (wait.isZero()) {
            return false;
        }
        LOG.info(() -> "Sign-in for user " + account.getId() + " refused: " + wait.toSeconds()
                + " s left of the delay after " + account.getFailedLogins() + " failures");
        return true;
    }
}
