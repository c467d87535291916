package com.optimacut.domain.layout;

import java.awt.geom.Path2D;
import java.util.List;

/** One cut or engraved path from pierce to end: a closed outline or hole, or an open run. */
record Contour(List<Edge> edges, boolean closed) {

    Contour {
        edges = List.copyOf(edges);
    }

    double length() {
        double total = 0;
        for (Edge edge : edges) {
            total += edge.length();
        }
        return total;
    }

    /** Returns the enclosed area without sign; only meaningful for a closed contour. */
    double area() {
        Vec origin = edges.get(0).start();
        double integral = 0;
        for (Edge edge : edges) {
            integral += edge.areaIntegral(origin);
        }
        return Math.abs(integral) / 2;
    }

    Bounds bounds() {
        Bounds bounds = new Bounds();
        for (Edge edge : edges) {
            edge.addTo(bounds);
        }
        return bounds;
    }

    /** Returns the outline as a closed {@link Path2D} with arcs flattened, for inside tests. */
    Path2D.Double outline() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Vec first = edges.get(0).start();
        path.moveTo(first.x(), first.y());
        for (Edge edge : edges) {
            edge.appendTo(path);
        }
        path.closePath();
        return path;
    }
}
