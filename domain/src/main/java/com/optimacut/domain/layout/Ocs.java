package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;

/**
 * A DXF object coordinate system, given by an entity's extrusion direction (group codes 210, 220,
 * 230). Its axes follow AutoCAD's arbitrary axis algorithm: the X axis is {@code Wy × N} when the
 * normal is within 1/64 of the world Z axis, else {@code Wz × N}. The analysis looks at the world
 * XY plane, so the system is reduced to its projection onto that plane.
 */
final class Ocs {

    private static final double ARBITRARY_AXIS_LIMIT = 1.0 / 64;

    private final double[] normal;
    private final double[] axisX;
    private final double[] axisY;

    private Ocs(double[] normal, double[] axisX, double[] axisY) {
        this.normal = normal;
        this.axisX = axisX;
        this.axisY = axisY;
    }

    /** Returns the system of the entity's extrusion; the world system when it has none or a zero one. */
    static Ocs of(DxfEntity entity) throws LayoutAnalysisException {
        double[] n = {entity.number(210, 0), entity.number(220, 0), entity.number(230, 1)};
        double length = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (!(length > 1e-12)) {
            n = new double[] {0, 0, 1};
            length = 1;
        }
        double[] normal = {n[0] / length, n[1] / length, n[2] / length};
        double[] axisX = Math.abs(normal[0]) < ARBITRARY_AXIS_LIMIT && Math.abs(normal[1]) < ARBITRARY_AXIS_LIMIT
                ? unit(cross(new double[] {0, 1, 0}, normal))
                : unit(cross(new double[] {0, 0, 1}, normal));
        double[] axisY = unit(cross(normal, axisX));
        return new Ocs(normal, axisX, axisY);
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] unit(double[] v) {
        double length = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / length, v[1] / length, v[2] / length};
    }

    double[] normal() {
        return normal.clone();
    }

    /**
     * Returns the map from the system's XY plane at height {@code elevation} to world XY; a point
     * {@code (x, y)} goes to the world XY of {@code x·Ax + y·Ay + elevation·N}.
     */
    AffineTransform toWorld(double elevation) {
        return new AffineTransform(axisX[0], axisX[1], axisY[0], axisY[1], elevation * normal[0], elevation * normal[1]);
    }
}
