package com.optimacut.domain.layout;

/** A growing axis-aligned bounding box; empty until the first point is added. */
final class Bounds {

    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    void add(Vec p) {
        add(p.x(), p.y());
    }

    void add(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    void add(Bounds other) {
        if (!other.isEmpty()) {
            add(other.minX, other.minY);
            add(other.maxX, other.maxY);
        }
    }

    boolean isEmpty() {
        return minX > maxX;
    }

    /** Returns whether {@code inner} lies within this box, edges included. */
    boolean contains(Bounds inner) {
        return inner.minX >= minX && inner.maxX <= maxX && inner.minY >= minY && inner.maxY <= maxY;
    }

    double minX() {
        return minX;
    }

    double minY() {
        return minY;
    }

    double maxX() {
        return maxX;
    }

    double maxY() {
        return maxY;
    }

    double width() {
        return isEmpty() ? 0 : maxX - minX;
    }

    double height() {
        return isEmpty() ? 0 : maxY - minY;
    }
}
