package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;

/** A point or vector in the drawing plane. */
record Vec(double x, double y) {

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k);
    }

    /** Returns the z component of the cross product, positive when {@code o} is counter-clockwise of this. */
    double cross(Vec o) {
        return x * o.y - y * o.x;
    }

    double length() {
        return Math.hypot(x, y);
    }

    double distance(Vec o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /** Maps this point through {@code t}, translation included. */
    Vec transformPoint(AffineTransform t) {
        Point2D p = t.transform(new Point2D.Double(x, y), null);
        return new Vec(p.getX(), p.getY());
    }

    /** Maps this vector through the linear part of {@code t}, without translation. */
    Vec transformVector(AffineTransform t) {
        Point2D p = t.deltaTransform(new Point2D.Double(x, y), null);
        return new Vec(p.getX(), p.getY());
    }
}
