package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/** A straight segment. */
record LineEdge(Vec start, Vec end) implements Edge {

    @Override
    public Vec middle() {
        return start.plus(end).times(0.5);
    }

    @Override
    public double length() {
        return start.distance(end);
    }

    @Override
    public double areaIntegral(Vec origin) {
        return start.minus(origin).cross(end.minus(origin));
    }

    @Override
    public void addTo(Bounds bounds) {
        bounds.add(start);
        bounds.add(end);
    }

    @Override
    public Edge transform(AffineTransform transform) {
        return new LineEdge(start.transformPoint(transform), end.transformPoint(transform));
    }

    @Override
    public Edge reversed() {
        return new LineEdge(end, start);
    }

    @Override
    public void appendTo(Path2D.Double path) {
        path.lineTo(end.x(), end.y());
    }
}
