package com.optimacut.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.user.NewUser;
import com.optimacut.ejb.user.UserService;
import com.optimacut.ejb.user.UserSummary;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsManager;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link UserService} inside Payara on PostgreSQL: what it writes is in the database, bad input
 * and the wrong role change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class UserServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(UserServiceIT.class);
    }

    @Inject
    private UserService users;

    @Inject
    private RunAsAdmin asAdmin;

    @Inject
    private RunAsManager asManager;

    @Resource(lookup = "jdbc/optimacut")
    private DataSource dataSource;

    @Test
    void databaseIsPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void createdUserIsStoredInDatabase() throws Exception {
        String username = uniqueUsername();

        UserSummary created = asAdmin.call(() -> users.createUser(newUser(username, "correct-horse-battery")));

        assertEquals(username, created.username());
        assertEquals(1, countUsers(username));
        assertEquals("MANAGER", roleInDatabase(username));
    }

    @Test
    void createdUserIsListed() throws Exception {
        String username = uniqueUsername();
        asAdmin.call(() -> users.createUser(newUser(username, "correct-horse-battery")));

        boolean listed = asAdmin.call(() -> users.listUsers(0, 500)).stream()
                .anyMatch(user -> user.username().equals(username));

        assertTrue(listed);
    }

    @Test
    void duplicateUsernameIsRejected() throws Exception {
        String username = uniqueUsername();
        asAdmin.call(() -> users.createUser(newUser(username, "correct-horse-battery")));

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> users.createUser(newUser(username.toUpperCase(Locale.ROOT), "another-password"))));

        assertEquals("user.username.taken", rejected.getKey());
        assertEquals(1, countUsers(username));
    }

    @Test
    void shortPasswordIsRejectedWithRussianMessage() throws Exception {
        String username = uniqueUsername();

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> users.createUser(newUser(username, "short"))));

        assertEquals("Пароль слишком короткий: нужно не меньше 10 символов.",
                rejected.localizedMessage(Locale.forLanguageTag("ru")));
        assertEquals(0, countUsers(username));
    }

    @Test
    void blankUsernameIsRequired() throws Exception {
        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asAdmin.call(() -> users.createUser(newUser("  ", "correct-horse-battery"))));

        assertEquals("user.username.required", rejected.getKey());
        assertEquals("Укажите логин.", rejected.localizedMessage(Locale.forLanguageTag("ru")));
        assertEquals(0, countUsers(""));
    }

    @Test
    void managerCannotCreateUsers() {
        String username = uniqueUsername();

        assertThrows(EJBAccessException.class,
                () -> asManager.call(() -> users.createUser(newUser(username, "correct-horse-battery"))));

        assertEquals(0, countUsers(username));
    }

    @Test
    void anonymousCallerCannotListUsers() {
        assertThrows(EJBAccessException.class, () -> users.listUsers(0, 10));
    }

    private static NewUser newUser(String username, String password) {
        return new NewUser(username, "Тестовый Менеджер", username + "@example.test", password.toCharArray(),
                Set.of(Role.MANAGER));
    }

    private static String uniqueUsername() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int countUsers(String username) {
        return queryInt("select count(*) from app_user where username = ?", username);
    }

    private String roleInDatabase(String username) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ?")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private int queryInt(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
