package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * An arc of an ellipse, {@code P(t) = center + u cos t + v sin t} for t from {@code startParameter}
 * over {@code sweep} radians (negative sweeps run clockwise in the parameter). A circle has
 * {@code u} and {@code v} perpendicular and of equal length; any affine image of an ellipse is
 * again of this form, which is why transforms are exact.
 */
record ArcEdge(Vec center, Vec u, Vec v, double startParameter, double sweep) implements Edge {

    private static final double[] GAUSS_NODES = {
        -0.9061798459386640, -0.5384693101056831, 0.0, 0.5384693101056831, 0.9061798459386640};
    private static final double[] GAUSS_WEIGHTS = {
        0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891};
    /** Gauss intervals per full turn of an ellipse; enough for 1e-7 relative error down to axis ratio 0.01. */
    private static final int INTERVALS_PER_TURN = 128;
    private static final double FLATTEN_STEP = Math.PI / 90;

    /** Creates a circular arc of {@code radius} around {@code center}. */
    static ArcEdge circular(Vec center, double radius, double startAngle, double sweep) {
        return new ArcEdge(center, new Vec(radius, 0), new Vec(0, radius), startAngle, sweep);
    }

    Vec pointAt(double t) {
        return center.plus(u.times(Math.cos(t))).plus(v.times(Math.sin(t)));
    }

    private double speedAt(double t) {
        return u.times(-Math.sin(t)).plus(v.times(Math.cos(t))).length();
    }

    @Override
    public Vec start() {
        return pointAt(startParameter);
    }

    @Override
    public Vec end() {
        return pointAt(startParameter + sweep);
    }

    @Override
    public Vec middle() {
        return pointAt(startParameter + sweep / 2);
    }

    @Override
    public double length() {
        double ru = u.length();
        if (Math.abs(ru - v.length()) <= 1e-12 * ru && Math.abs(u.x() * v.x() + u.y() * v.y()) <= 1e-12 * ru * ru) {
            return ru * Math.abs(sweep);
        }
        int intervals = Math.max(4, (int) Math.ceil(Math.abs(sweep) / (2 * Math.PI) * INTERVALS_PER_TURN));
        double h = sweep / intervals;
        double total = 0;
        for (int i = 0; i < intervals; i++) {
            double mid = startParameter + (i + 0.5) * h;
            for (int k = 0; k < GAUSS_NODES.length; k++) {
                total += GAUSS_WEIGHTS[k] * speedAt(mid + GAUSS_NODES[k] * h / 2);
            }
        }
        return Math.abs(total * h / 2);
    }

    @Override
    public double areaIntegral(Vec origin) {
        double t0 = startParameter;
        double t1 = startParameter + sweep;
        Vec c = center.minus(origin);
        Vec chord = u.times(Math.cos(t1) - Math.cos(t0)).plus(v.times(Math.sin(t1) - Math.sin(t0)));
        return c.cross(chord) + u.cross(v) * sweep;
    }

    @Override
    public void addTo(Bounds bounds) {
        bounds.add(start());
        bounds.add(end());
        // x(t) and y(t) have their extremes where their derivative vanishes: t = atan2(v, u) and t + π.
        addExtremes(bounds, Math.atan2(v.x(), u.x()));
        addExtremes(bounds, Math.atan2(v.y(), u.y()));
    }

    private void addExtremes(Bounds bounds, double critical) {
        for (int k = 0; k < 2; k++) {
            double t = critical + k * Math.PI;
            if (withinSweep(t)) {
                bounds.add(pointAt(t));
            }
        }
    }

    private boolean withinSweep(double t) {
        double low = sweep >= 0 ? startParameter : startParameter + sweep;
        double offset = t - low;
        offset -= 2 * Math.PI * Math.floor(offset / (2 * Math.PI));
        return offset <= Math.abs(sweep);
    }

    @Override
    public Edge transform(AffineTransform transform) {
        return new ArcEdge(center.transformPoint(transform), u.transformVector(transform),
                v.transformVector(transform), startParameter, sweep);
    }

    @Override
    public Edge reversed() {
        return new ArcEdge(center, u, v, startParameter + sweep, -sweep);
    }

    @Override
    public void appendTo(Path2D.Double path) {
        int steps = (int) Math.min(720, Math.max(2, Math.ceil(Math.abs(sweep) / FLATTEN_STEP)));
        for (int i = 1; i <= steps; i++) {
            Vec p = pointAt(startParameter + sweep * i / steps);
            path.lineTo(p.x(), p.y());
        }
    }
}
