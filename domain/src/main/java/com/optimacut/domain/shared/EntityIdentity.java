package com.optimacut.domain.shared;

import java.util.function.Function;

/**
 * Compares entities by identity: the same instance, or both persisted with equal ids. Entities do
 * not override {@code equals}, so a detached copy and a managed instance of one row would
 * otherwise differ.
 */
public final class EntityIdentity {

    private EntityIdentity() {
    }

    /** Returns whether {@code a} and {@code b} are the same row; two {@code null}s are the same. */
    public static <T> boolean same(T a, T b, Function<T, Long> id) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        Long idA = id.apply(a);
        return idA != null && idA.equals(id.apply(b));
    }
}
