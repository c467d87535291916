package com.optimacut.domain.user;

/**
 * The security roles of Optima-Cut. The names are the role names that {@code @RolesAllowed}
 * and the servers' role mappings use, so they must not be renamed.
 */
public enum Role {
    /** Manages users, the material catalogue and the application settings. */
    ADMIN,
    /** Creates and steers projects and changes their status. */
    MANAGER,
    /** Works on the shop floor: takes, completes and reports difficulties on layouts. */
    EXECUTOR,
    /** A program that calls the remote API on behalf of another system. */
    INTEGRATOR;

    /** Role names as constants, for annotations that need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String MANAGER = "MANAGER";
        public static final String EXECUTOR = "EXECUTOR";
        public static final String INTEGRATOR = "INTEGRATOR";

        private Names() {
        }
    }
}
