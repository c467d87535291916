package com.optimacut.domain.project;

/** The state of one layout work unit. */
public enum LayoutStatus {
    /** In the queue: executors who may see it can take it. */
    AVAILABLE,
    /** An executor has taken it and works on it. */
    TAKEN,
    /** Cut and done; a rework makes it available again. */
    COMPLETED
}
