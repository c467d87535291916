package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * One piece of a contour: a line segment, an elliptic arc or a cubic Bézier curve. Every kind
 * keeps an affine-invariant description, so block scaling, mirroring and shearing transform it
 * exactly instead of approximating it by points.
 */
sealed interface Edge permits LineEdge, ArcEdge, CubicEdge {

    Vec start();

    Vec end();

    /** Returns the point half-way along the parameter, used to test which contour lies inside which. */
    Vec middle();

    double length();

    /**
     * Returns the line integral of {@code x dy - y dx} along the edge, coordinates taken relative to
     * {@code origin}; half the sum over a closed contour is its signed area. The origin keeps the
     * products small for drawings placed far from zero.
     */
    double areaIntegral(Vec origin);

    void addTo(Bounds bounds);

    Edge transform(AffineTransform transform);

    Edge reversed();

    /** Appends the edge to {@code path}, whose current point is the edge's start. */
    void appendTo(Path2D.Double path);
}
