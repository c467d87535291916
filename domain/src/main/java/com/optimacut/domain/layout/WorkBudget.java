package com.optimacut.domain.layout;

/** Counts the work spent on one file and stops it at {@link LayoutLimits#maxWorkUnits()}. */
final class WorkBudget {

    private final String fileName;
    private final long limit;
    private long used;

    WorkBudget(String fileName, long limit) {
        this.fileName = fileName;
        this.limit = limit;
    }

    /** Spends {@code units} of work, failing with {@code layout.error.tooComplex} past the limit. */
    void spend(long units) throws LayoutAnalysisException {
        used += units;
        if (used > limit) {
            throw new LayoutAnalysisException("layout.error.tooComplex", fileName, limit);
        }
    }
}
