package com.optimacut.it.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.user.Role;
import com.optimacut.ejb.security.AccountAuthenticator;
import com.optimacut.ejb.user.NewUser;
import com.optimacut.ejb.user.UserService;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The password check behind the login page: repeated wrong passwords for one account make even
 * the right password wait, and the wait ends.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    private static final String PASSWORD = "correct-horse-battery";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(LoginThrottleIT.class);
    }

    @Inject
    private AccountAuthenticator authenticator;

    @Inject
    private UserService users;

    @Inject
    private RunAsAdmin asAdmin;

    @Test
    void rightPasswordSignsIn() throws Exception {
        String username = createUser();

        assertTrue(authenticator.authenticate(username, PASSWORD.toCharArray()).isPresent());
    }

    @Test
    void unknownUserIsRefused() {
        assertFalse(authenticator.authenticate("no-such-user", PASSWORD.toCharArray()).isPresent());
    }

    @Test
    void rightPasswordWaitsAfterThreeFailures() throws Exception {
        String username = createUser();
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate(username, "wrong-password".toCharArray());
        }

        assertFalse(authenticator.authenticate(username, PASSWORD.toCharArray()).isPresent());
    }

    @Test
    void rightPasswordWorksAgainAfterTheDelay() throws Exception {
        String username = createUser();
        for (int i = 0; i < 3; i++) {
            authenticator.authenticate(username, "wrong-password".toCharArray());
        }

        // Three failures cost one second before the next attempt is checked.
        Thread.sleep(1_200);

        assertTrue(authenticator.authenticate(username, PASSWORD.toCharArray()).isPresent());
    }

    private String createUser() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin.call(() -> users.createUser(new NewUser(username, "Тестовый Исполнитель", null,
                PASSWORD.toCharArray(), Set.of(Role.EXECUTOR))));
        return username;
    }
}
