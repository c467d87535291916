package com.optimacut.domain.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a DXF SPLINE, a B-spline or NURBS curve, into a fine polyline. The curve is sampled
 * with de Boor's algorithm in homogeneous coordinates, so weights and repeated (multiple) knots
 * are handled exactly. Each non-empty knot span gets up to {@value #SAMPLES_PER_SPAN} segments;
 * with that a NURBS half circle measures within 0.01 % in length and area (a unit test checks it).
 */
final class DxfSpline {

    private static final int SAMPLES_PER_SPAN = 256;
    private static final int MAX_SAMPLES = 200_000;

    private final int degree;
    private final double[] knots;
    private final double[][] points;
    private final double[] weights;

    private DxfSpline(int degree, double[] knots, double[][] points, double[] weights) {
        this.degree = degree;
        this.knots = knots;
        this.points = points;
        this.weights = weights;
    }

    /**
     * Returns the spline's points in world XY, or its fit points with a warning when it has no
     * control points.
     */
    static List<Vec> sample(DxfEntity entity, LayoutLimits limits, Drawing drawing) throws LayoutAnalysisException {
        int degree = entity.integer(71, 3);
        List<double[]> control = pointsOf(entity, 10);
        List<Double> knots = valuesOf(entity, 40);
        List<Double> weights = valuesOf(entity, 41);
        if (degree > limits.maxSplineDegree()) {
            throw new LayoutAnalysisException("layout.error.splineDegree", drawing.fileName(), entity.line(), degree,
                    limits.maxSplineDegree());
        }
        if (control.size() > limits.maxSplineControlPoints()) {
            throw new LayoutAnalysisException("layout.error.tooComplex", drawing.fileName(), limits.maxSplineControlPoints());
        }
        if (control.isEmpty()) {
            return fitPoints(entity, drawing);
        }
        if (degree < 1 || control.size() < degree + 1) {
            throw entity.invalid(71);
        }
        DxfSpline spline = new DxfSpline(degree, knotVector(entity, knots, control.size(), degree),
                control.toArray(new double[0][]), weightsOf(weights, control.size()));
        return spline.sample(drawing.budget());
    }

    private static List<Vec> fitPoints(DxfEntity entity, Drawing drawing) throws LayoutAnalysisException {
        List<double[]> fit = pointsOf(entity, 11);
        if (fit.size() < 2) {
            throw entity.invalid(10);
        }
        drawing.warn("layout.warning.splineFitPoints", entity.line());
        List<Vec> result = new ArrayList<>();
        for (double[] p : fit) {
            result.add(new Vec(p[0], p[1]));
        }
        return result;
    }

    private static double[] knotVector(DxfEntity entity, List<Double> knots, int count, int degree)
            throws LayoutAnalysisException {
        if (knots.size() != count + degree + 1) {
            throw entity.invalid(72);
        }
        double[] result = new double[knots.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = knots.get(i);
            if (i > 0 && result[i] < result[i - 1]) {
                throw entity.invalid(40);
            }
        }
        if (!(result[count] > result[degree])) {
            throw entity.invalid(40);
        }
        return result;
    }

    private static double[] weightsOf(List<Double> weights, int count) {
        double[] result = new double[count];
        boolean usable = weights.size() == count && weights.stream().allMatch(w -> w > 0);
        for (int i = 0; i < count; i++) {
            result[i] = usable ? weights.get(i) : 1;
        }
        return result;
    }

    private static List<double[]> pointsOf(DxfEntity entity, int xCode) throws LayoutAnalysisException {
        List<double[]> result = new ArrayList<>();
        DxfTokens tokens = entity.tokens();
        for (int i = entity.from(); i < entity.to(); i++) {
            int code = tokens.code(i);
            if (code == xCode) {
                result.add(new double[] {entity.numberAt(i), 0});
            } else if (code == xCode + 10 && !result.isEmpty()) {
                result.get(result.size() - 1)[1] = entity.numberAt(i);
            }
        }
        return result;
    }

    private static List<Double> valuesOf(DxfEntity entity, int code) throws LayoutAnalysisException {
        List<Double> result = new ArrayList<>();
        for (int i = entity.from(); i < entity.to(); i++) {
            if (entity.tokens().code(i) == code) {
                result.add(entity.numberAt(i));
            }
        }
        return result;
    }

    private List<Vec> sample(WorkBudget budget) throws LayoutAnalysisException {
        int count = points.length;
        int spans = 0;
        for (int i = degree; i < count; i++) {
            spans += knots[i + 1] > knots[i] ? 1 : 0;
        }
        int perSpan = Math.max(4, Math.min(SAMPLES_PER_SPAN, MAX_SAMPLES / Math.max(1, spans)));
        budget.spend((long) spans * perSpan * (degree + 1));
        List<Vec> result = new ArrayList<>();
        for (int i = degree; i < count; i++) {
            if (knots[i + 1] > knots[i]) {
                for (int j = 0; j < perSpan; j++) {
                    result.add(evaluate(i, knots[i] + (knots[i + 1] - knots[i]) * j / perSpan));
                }
            }
        }
        int last = count - 1;
        while (!(knots[last + 1] > knots[last])) {
            last--;
        }
        result.add(evaluate(last, knots[count]));
        return result;
    }

    /** Evaluates the curve at {@code u} in knot span {@code span} by de Boor's algorithm. */
    private Vec evaluate(int span, double u) {
        double[][] d = new double[degree + 1][3];
        for (int j = 0; j <= degree; j++) {
            int k = j + span - degree;
            d[j][0] = points[k][0] * weights[k];
            d[j][1] = points[k][1] * weights[k];
            d[j][2] = weights[k];
        }
        for (int r = 1; r <= degree; r++) {
            for (int j = degree; j >= r; j--) {
                double left = knots[j + span - degree];
                double right = knots[j + 1 + span - r];
                double alpha = right > left ? (u - left) / (right - left) : 0;
                for (int c = 0; c < 3; c++) {
                    d[j][c] = (1 - alpha) * d[j - 1][c] + alpha * d[j][c];
                }
            }
        }
        return new Vec(d[degree][0] / d[degree][2], d[degree][1] / d[degree][2]);
    }
}
