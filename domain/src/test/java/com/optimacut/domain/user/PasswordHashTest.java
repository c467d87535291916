package com.optimacut.domain.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void rightPasswordVerifies() {
        String hash = PasswordHash.hash("correct-horse".toCharArray());

        assertTrue(PasswordHash.verify("correct-horse".toCharArray(), hash));
    }

    @Test
    void wrongPasswordFails() {
        String hash = PasswordHash.hash("correct-horse".toCharArray());

        assertFalse(PasswordHash.verify("correct-horsf".toCharArray(), hash));
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(PasswordHash.hash("same".toCharArray()), PasswordHash.hash("same".toCharArray()));
    }

    @Test
    void hashNamesAlgorithmAndIterations() {
        String hash = PasswordHash.hash("x1".toCharArray());

        assertTrue(hash.startsWith("pbkdf2-sha512$" + PasswordHash.DEFAULT_ITERATIONS + "$"), hash);
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertFalse(PasswordHash.verify("x".toCharArray(), "pbkdf2-sha512$abc$$"));
        assertFalse(PasswordHash.verify("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHash.verify("x".toCharArray(), null));
    }

    @Test
    void emptyPasswordCannotBeHashed() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.hash(new char[0]));
    }

    @Test
    void emptyPasswordNeverVerifies() {
        String hash = PasswordHash.hash("something".toCharArray());

        assertFalse(PasswordHash.verify(new char[0], hash));
    }
}
