package com.optimacut.ejb.common;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list that pages in the database: the rows of the page and the number of rows
 * that match the filter in all pages.
 */
public record Page<T extends Serializable>(List<T> rows, long total) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest page a caller may ask for; longer requests are cut to it. */
    public static final int MAX_SIZE = 500;

    public Page {
        rows = List.copyOf(rows);
    }

    /** Returns a page size between 1 and {@link #MAX_SIZE}. */
    public static int clampSize(int requested) {
        return Math.min(Math.max(requested, 1), MAX_SIZE);
    }
}
