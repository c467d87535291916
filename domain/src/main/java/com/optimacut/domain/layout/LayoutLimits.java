package com.optimacut.domain.layout;

/**
 * Bounds on the work spent on one file, so that a hostile or broken file fails with
 * {@code layout.error.tooComplex} instead of exhausting memory or time.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param maxWorkUnits the most entities, elements, edges and curve samples processed in one file
 * @param maxNestingDepth the deepest nesting of DXF block INSERTs, SVG {@code <use>} references and
 *     SVG elements
 * @param maxSplineDegree the highest SPLINE degree accepted
 * @param maxSplineControlPoints the most control points of one SPLINE
 */
public record LayoutLimits(long maxFileBytes, long maxWorkUnits, int maxNestingDepth, int maxSplineDegree,
        int maxSplineControlPoints) {

    /**
     * Returns limits sized for real workshop layouts: 200 MB, 20 million work units, nesting
     * depth 64, degree 25 and 100,000 control points. The 10 MB benchmark drawings stay within
     * them; AutoCAD itself writes splines of degree 11 at most.
     */
    public static LayoutLimits defaults() {
        return new LayoutLimits(200L * 1024 * 1024, 20_000_000L, 64, 25, 100_000);
    }

    /** Rejects limits that are not positive. */
    public LayoutLimits {
        if (maxFileBytes <= 0 || maxWorkUnits <= 0 || maxNestingDepth <= 0 || maxSplineDegree <= 0
                || maxSplineControlPoints <= 0) {
            throw new IllegalArgumentException("every layout limit must be positive");
        }
    }
}
