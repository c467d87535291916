package com.optimacut.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static UserAccount account() {
        return new UserAccount("  Manager.One ", "Ольга", "hash", Set.of(Role.MANAGER), NOW);
    }

    @Test
    void usernameIsStoredTrimmedInLowerCase() {
        assertEquals("manager.one", account().getUsername());
    }

    @Test
    void firstFailuresCostNoDelay() {
        UserAccount account = account();
        for (int i = 0; i < UserAccount.FREE_FAILURES - 1; i++) {
            account.recordFailedLogin(NOW);
        }

        assertEquals(Duration.ZERO, account.loginDelayRemaining(NOW));
    }

    @Test
    void thirdFailureDelaysNextAttemptByOneSecond() {
        UserAccount account = account();
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(NOW);
        }

        assertEquals(Duration.ofSeconds(1), account.loginDelayRemaining(NOW));
    }

    @Test
    void delayDoublesWithEachFurtherFailure() {
        assertEquals(Duration.ofSeconds(1), UserAccount.requiredDelay(3));
        assertEquals(Duration.ofSeconds(2), UserAccount.requiredDelay(4));
        assertEquals(Duration.ofSeconds(4), UserAccount.requiredDelay(5));
    }

    @Test
    void delayStopsGrowingAtMaximum() {
        assertEquals(UserAccount.MAX_LOGIN_DELAY, UserAccount.requiredDelay(50));
    }

    @Test
    void delayCountsFromLastFailure() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW);
        }

        assertEquals(Duration.ofMillis(500), account.loginDelayRemaining(NOW.plusMillis(1500)));
        assertEquals(Duration.ZERO, account.loginDelayRemaining(NOW.plusSeconds(2)));
    }

    @Test
    void successForgetsFailures() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW);
        }

        account.recordSuccessfulLogin(NOW.plusSeconds(60));

        assertEquals(0, account.getFailedLogins());
        assertEquals(Duration.ZERO, account.loginDelayRemaining(NOW.plusSeconds(60)));
    }
}
