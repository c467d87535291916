package com.optimacut.ejb.project;

/** The columns the projects list sorts by. */
public enum ProjectSort {
    DEADLINE,
    /** In lifecycle order, from «Ждёт очереди» to «Приостановлен», not alphabetically. */
    STATUS,
    CLIENT_NAME,
    NAME,
    /** High before normal when ascending. */
    PRIORITY,
    CREATED_AT,
    PRICE_TOTAL
}
