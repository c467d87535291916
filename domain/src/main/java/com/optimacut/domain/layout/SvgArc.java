package com.optimacut.domain.layout;

/**
 * Converts an SVG elliptical arc from its end-point form to an {@link ArcEdge}, following the
 * SVG 1.1 implementation notes (appendix F.6.5 and F.6.6): radii too small to reach the end point
 * are scaled up uniformly until the arc just fits, and a zero radius makes a straight line.
 */
final class SvgArc {

    private SvgArc() {
    }

    /** Returns the edge, or {@code null} when both end points coincide (the arc is omitted). */
    static Edge toEdge(Vec from, Vec to, double rx, double ry, double rotationDegrees, boolean largeArc,
            boolean sweepPositive) {
        if (from.equals(to)) {
            return null;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0) {
            return new LineEdge(from, to);
        }
        double phi = Math.toRadians(rotationDegrees % 360);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (from.x() - to.x()) / 2;
        double dy = (from.y() - to.y()) / 2;
        double x1 = cos * dx + sin * dy;
        double y1 = -sin * dx + cos * dy;
        double lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        double denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        double coefficient = Math.sqrt(Math.max(0, numerator / denominator)) * (largeArc == sweepPositive ? -1 : 1);
        double cx1 = coefficient * rx * y1 / ry;
        double cy1 = -coefficient * ry * x1 / rx;
        Vec center = new Vec(cos * cx1 - sin * cy1 + (from.x() + to.x()) / 2, sin * cx1 + cos * cy1 + (from.y() + to.y()) / 2);
        double theta1 = Math.atan2((y1 - cy1) / ry, (x1 - cx1) / rx);
        double theta2 = Math.atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx);
        double delta = theta2 - theta1;
        if (sweepPositive && delta < 0) {
            delta += 2 * Math.PI;
        } else if (!sweepPositive && delta > 0) {
            delta -= 2 * Math.PI;
        }
        Vec u = new Vec(rx * cos, rx * sin);
        Vec v = new Vec(-ry * sin, ry * cos);
        return new ArcEdge(center, u, v, theta1, delta);
    }
}
