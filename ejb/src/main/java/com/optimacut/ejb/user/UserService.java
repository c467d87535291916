package com.optimacut.ejb.user;

import com.optimacut.domain.user.PasswordHash;
import com.optimacut.domain.user.Role;
import com.optimacut.domain.user.UserAccount;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.mail.MailAddresses;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Staff accounts: administrators create and list them; every signed-in user reads their own.
 */
@Stateless
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    /** Shortest password accepted for a new account. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Creates an enabled account with a PBKDF2 hash of the given password.
     *
     * @throws BusinessException {@code user.username.required}, {@code user.username.invalid},
     *         {@code user.username.taken}, {@code user.fullName.invalid}, {@code user.email.invalid},
     *         {@code user.password.tooShort} or {@code user.roles.empty}; nothing is stored then
     */
    @RolesAllowed(Role.Names.ADMIN)
    public UserSummary createUser(NewUser request) {
        String username = request.username() == null ? "" : UserAccount.normalizeUsername(request.username());
        validate(request, username);
        if (findAccount(username).isPresent()) {
            throw new BusinessException("user.username.taken", username);
        }

        UserAccount account = new UserAccount(username, request.fullName().trim(),
                PasswordHash.hash(request.password()), request.roles(), Instant.now());
        account.setEmail(blankToNull(request.email()));
        em.persist(account);
        em.flush();

        LOG.info(() -> "User " + account.getId() + " created with roles " + account.getRoles() + " by "
                + context.getCallerPrincipal().getName());
        return UserSummary.of(account);
    }

    /** Lists accounts ordered by user name, one page at a time. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<UserSummary> listUsers(int first, int pageSize) {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), 500))
                .getResultStream().map(UserSummary::of).toList();
    }

    /** Returns the account of the signed-in caller. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.INTEGRATOR})
    public UserSummary currentUser() {
        String username = context.getCallerPrincipal().getName();
        return findAccount(username).map(UserSummary::of)
                .orElseThrow(() -> new BusinessException("user.notFound", username));
    }

    private Optional<UserAccount> findAccount(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream().findFirst();
    }

    private static void validate(NewUser request, String username) {
        if (username.isBlank()) {
            throw new BusinessException("user.username.required");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessException("user.username.invalid", username);
        }
        String fullName = request.fullName() == null ? "" : request.fullName().trim();
        if (fullName.isEmpty() || fullName.length() > 200) {
            throw new BusinessException("user.fullName.invalid");
        }
        String email = blankToNull(request.email());
        if (email != null && !MailAddresses.isValid(email)) {
            throw new BusinessException("user.email.invalid", email);
        }
        if (request.password() == null || request.password().length < MIN_PASSWORD_LENGTH) {
            throw new BusinessException("user.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new BusinessException("user.roles.empty");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
