package com.optimacut.domain.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the self-describing form
 * {@code pbkdf2-sha512$<iterations>$<salt, Base64>$<hash, Base64>}.
 * <p>
 * The iteration count is stored with each hash, so raising {@link #DEFAULT_ITERATIONS} later
 * keeps old hashes verifiable. Verification compares in constant time.
 */
public final class PasswordHash {

    /** Iterations for new hashes: the OWASP 2023 figure for PBKDF2-HMAC-SHA512. */
    public static final int DEFAULT_ITERATIONS = 210_000;

    private static final String PREFIX = "pbkdf2-sha512";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A valid hash of a random password, verified against when an account does not exist. */
    private static final String DUMMY = hash(Long.toHexString(RANDOM.nextLong()).toCharArray());

    private PasswordHash() {
    }

    /**
     * Hashes a password with a new random salt.
     *
     * @throws IllegalArgumentException if the password is empty
     */
    public static String hash(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, DEFAULT_ITERATIONS);
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + '$' + DEFAULT_ITERATIONS + '$' + base64.encodeToString(salt) + '$' + base64.encodeToString(key);
    }

    /**
     * Checks a password against a stored hash. A malformed stored hash never matches.
     */
    public static boolean verify(char[] password, String storedHash) {
        if (password == null || password.length == 0 || storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * Spends the same time as a real verification, so that a wrong user name cannot be told
     * from a wrong password by the response time.
     */
    public static void verifyAgainstDummy(char[] password) {
        verify(password == null || password.length == 0 ? new char[] {'x'} : password, DUMMY);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
