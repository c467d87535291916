package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import org.w3c.dom.Element;

/**
 * Maps SVG viewports to millimetres. With a {@code viewBox}, the root's {@code width} and
 * {@code height} give the size of a user unit; without one, a user unit is a CSS pixel. The
 * default {@code preserveAspectRatio} ("meet") scales both axes by the smaller factor; "none"
 * stretches them separately.
 */
final class SvgViewport {

    private SvgViewport() {
    }

    /** Returns the map from the root's user units to millimetres and records the file's unit. */
    static AffineTransform rootTransform(Element root, Drawing drawing) {
        SvgLengths.Length width = SvgLengths.parse(root.getAttribute("width"));
        SvgLengths.Length height = SvgLengths.parse(root.getAttribute("height"));
        drawing.setUnits(width == null || width.unit().isEmpty() ? "px" : width.unit());
        double[] box = viewBox(root);
        if (box == null) {
            return AffineTransform.getScaleInstance(SvgLengths.MM_PER_PX, SvgLengths.MM_PER_PX);
        }
        double widthMm = width == null ? Double.NaN : width.millimetres();
        double heightMm = height == null ? Double.NaN : height.millimetres();
        double sx = widthMm > 0 ? widthMm / box[2] : Double.NaN;
        double sy = heightMm > 0 ? heightMm / box[3] : Double.NaN;
        if (Double.isNaN(sx) && Double.isNaN(sy)) {
            sx = SvgLengths.MM_PER_PX;
            sy = SvgLengths.MM_PER_PX;
        }
        sx = Double.isNaN(sx) ? sy : sx;
        sy = Double.isNaN(sy) ? sx : sy;
        return fit(box, sx, sy, root.getAttribute("preserveAspectRatio"));
    }

    /** Returns the map of a nested {@code <svg>}: its x and y offset, then its viewBox scaled to its size. */
    static AffineTransform nestedTransform(Element svg) {
        AffineTransform result = AffineTransform.getTranslateInstance(
                SvgLengths.userUnits(svg.getAttribute("x"), 0), SvgLengths.userUnits(svg.getAttribute("y"), 0));
        double[] box = viewBox(svg);
        double width = SvgLengths.userUnits(svg.getAttribute("width"), Double.NaN);
        double height = SvgLengths.userUnits(svg.getAttribute("height"), Double.NaN);
        if (box != null && width > 0 && height > 0) {
            result.concatenate(fit(box, width / box[2], height / box[3], svg.getAttribute("preserveAspectRatio")));
        }
        return result;
    }

    /** Returns the map of a {@code <symbol>} drawn by {@code use}, sized by the use's width and height. */
    static AffineTransform symbolTransform(Element symbol, Element use) {
        double[] box = viewBox(symbol);
        double width = SvgLengths.userUnits(use.getAttribute("width"), Double.NaN);
        double height = SvgLengths.userUnits(use.getAttribute("height"), Double.NaN);
        if (box == null || !(width > 0) || !(height > 0)) {
            return new AffineTransform();
        }
        return fit(box, width / box[2], height / box[3], symbol.getAttribute("preserveAspectRatio"));
    }

    private static AffineTransform fit(double[] box, double sx, double sy, String preserveAspectRatio) {
        if (!preserveAspectRatio.strip().startsWith("none")) {
            double s = Math.min(sx, sy);
            sx = s;
            sy = s;
        }
        AffineTransform result = AffineTransform.getScaleInstance(sx, sy);
        result.translate(-box[0], -box[1]);
        return result;
    }

    /** Returns {min-x, min-y, width, height}, or {@code null} when missing or invalid. */
    static double[] viewBox(Element element) {
        SvgNumberScanner scanner = new SvgNumberScanner(element.getAttribute("viewBox"));
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = scanner.number();
            if (Double.isNaN(box[i])) {
                return null;
            }
        }
        return box[2] > 0 && box[3] > 0 ? box : null;
    }
}
