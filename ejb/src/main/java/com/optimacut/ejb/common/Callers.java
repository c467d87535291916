package com.optimacut.ejb.common;

import jakarta.ejb.EJBContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The user name that services record as the author of a change.
 * <p>
 * Normally that is the caller. A remote API bean calls the services as a role of its own
 * ({@code @RunAs}), so the services would see the run-as principal ({@code optimacut:manager})
 * instead of the integrator; the bean therefore names the integrator for its transaction with
 * {@link #actFor}, and {@link #name} returns that name to every service in the same transaction
 * whose caller is a run-as principal. A real account can never look like one: account names
 * have no colon.
 */
public final class Callers {

    private static final String ACTOR_KEY = Callers.class.getName() + ".actor";
    private static final String RUN_AS_PREFIX = "optimacut:";
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private Callers() {
    }

    /** Records, for the current transaction, the user on whose behalf run-as calls act. */
    public static void actFor(String username) {
        registry().putResource(ACTOR_KEY, username);
    }

    /** Returns the caller's user name, or the user a run-as caller acts for in this transaction. */
    public static String name(EJBContext context) {
        String caller = context.getCallerPrincipal().getName();
        if (!caller.startsWith(RUN_AS_PREFIX)) {
            return caller;
        }
        TransactionSynchronizationRegistry registry = registry();
        Object actor = registry.getTransactionKey() == null ? null : registry.getResource(ACTOR_KEY);
        return actor == null ? caller : actor.toString();
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException e) {
            throw new IllegalStateException("no " + REGISTRY, e);
        }
    }
}
