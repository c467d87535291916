package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/** A cubic Bézier curve; SVG quadratic curves are raised to this degree exactly. */
record CubicEdge(Vec start, Vec control1, Vec control2, Vec end) implements Edge {

    private static final double[] GAUSS_NODES = {
        -0.9061798459386640, -0.5384693101056831, 0.0, 0.5384693101056831, 0.9061798459386640};
    private static final double[] GAUSS_WEIGHTS = {
        0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891};
    private static final int LENGTH_INTERVALS = 16;

    /** Creates the cubic equal to the quadratic Bézier curve {@code p0, q, p1}. */
    static CubicEdge fromQuadratic(Vec p0, Vec q, Vec p1) {
        return new CubicEdge(p0, p0.plus(q.minus(p0).times(2.0 / 3)), p1.plus(q.minus(p1).times(2.0 / 3)), p1);
    }

    Vec pointAt(double t) {
        double s = 1 - t;
        double a = s * s * s;
        double b = 3 * s * s * t;
        double c = 3 * s * t * t;
        double d = t * t * t;
        return new Vec(a * start.x() + b * control1.x() + c * control2.x() + d * end.x(),
                a * start.y() + b * control1.y() + c * control2.y() + d * end.y());
    }

    Vec derivativeAt(double t) {
        double s = 1 - t;
        Vec d0 = control1.minus(start).times(3 * s * s);
        Vec d1 = control2.minus(control1).times(6 * s * t);
        Vec d2 = end.minus(control2).times(3 * t * t);
        return d0.plus(d1).plus(d2);
    }

    @Override
    public Vec middle() {
        return pointAt(0.5);
    }

    @Override
    public double length() {
        double h = 1.0 / LENGTH_INTERVALS;
        double total = 0;
        for (int i = 0; i < LENGTH_INTERVALS; i++) {
            double mid = (i + 0.5) * h;
            for (int k = 0; k < GAUSS_NODES.length; k++) {
                total += GAUSS_WEIGHTS[k] * derivativeAt(mid + GAUSS_NODES[k] * h / 2).length();
            }
        }
        return total * h / 2;
    }

    @Override
    public double areaIntegral(Vec origin) {
        // x y' - y x' is a polynomial of degree 5, which 5-point Gauss-Legendre integrates exactly.
        double total = 0;
        for (int k = 0; k < GAUSS_NODES.length; k++) {
            double t = 0.5 + GAUSS_NODES[k] / 2;
            total += GAUSS_WEIGHTS[k] * pointAt(t).minus(origin).cross(derivativeAt(t));
        }
        return total / 2;
    }

    @Override
    public void addTo(Bounds bounds) {
        bounds.add(start);
        bounds.add(end);
        for (double t : extremeParameters(start.x(), control1.x(), control2.x(), end.x())) {
            bounds.add(pointAt(t));
        }
        for (double t : extremeParameters(start.y(), control1.y(), control2.y(), end.y())) {
            bounds.add(pointAt(t));
        }
    }

    /** Returns the parameters in (0, 1) where one coordinate of the curve has a zero derivative. */
    private static double[] extremeParameters(double p0, double p1, double p2, double p3) {
        double a = -p0 + 3 * p1 - 3 * p2 + p3;
        double b = 2 * (p0 - 2 * p1 + p2);
        double c = p1 - p0;
        double[] roots = new double[2];
        int count = 0;
        if (Math.abs(a) < 1e-12 * (Math.abs(b) + Math.abs(c) + 1e-300)) {
            if (b != 0) {
                roots[count++] = -c / b;
            }
        } else {
            double discriminant = b * b - 4 * a * c;
            if (discriminant >= 0) {
                double root = Math.sqrt(discriminant);
                roots[count++] = (-b + root) / (2 * a);
                roots[count++] = (-b - root) / (2 * a);
            }
        }
        return java.util.Arrays.stream(roots, 0, count).filter(t -> t > 0 && t < 1).toArray();
    }

    @Override
    public Edge transform(AffineTransform transform) {
        return new CubicEdge(start.transformPoint(transform), control1.transformPoint(transform),
                control2.transformPoint(transform), end.transformPoint(transform));
    }

    @Override
    public Edge reversed() {
        return new CubicEdge(end, control2, control1, start);
    }

    @Override
    public void appendTo(Path2D.Double path) {
        path.curveTo(control1.x(), control1.y(), control2.x(), control2.y(), end.x(), end.y());
    }
}
