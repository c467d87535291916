package com.optimacut.domain.project;

/**
 * The priority of a project. Stored by name: queries that sort urgent work first order by the
 * name ascending, which puts {@code HIGH} before {@code NORMAL}; keep that true when adding one.
 */
public enum Priority {
    HIGH,
    NORMAL
}
