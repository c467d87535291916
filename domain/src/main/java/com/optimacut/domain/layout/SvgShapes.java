package com.optimacut.domain.layout;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Builds the outlines of SVG basic shapes in user units, as the SVG specification defines them. */
final class SvgShapes {

    private static final double HALF_PI = Math.PI / 2;

    private SvgShapes() {
    }

    /** Returns the outline of {@code element}, empty for a shape that SVG does not render (such as a zero width). */
    static List<SvgPathParser.Subpath> outline(Element element) {
        return switch (element.getLocalName()) {
            case "rect" -> rect(element);
            case "circle" -> ellipse(element, length(element, "r", 0), length(element, "r", 0));
            case "ellipse" -> ellipse(element, length(element, "rx", 0), length(element, "ry", length(element, "rx", 0)));
            case "line" -> line(element);
            case "polyline" -> points(element, false);
            case "polygon" -> points(element, true);
            default -> List.of();
        };
    }

    private static double length(Element element, String attribute, double fallback) {
        return SvgLengths.userUnits(element.hasAttribute(attribute) ? element.getAttribute(attribute) : null, fallback);
    }

    private static List<SvgPathParser.Subpath> rect(Element e) {
        double x = length(e, "x", 0);
        double y = length(e, "y", 0);
        double w = length(e, "width", 0);
        double h = length(e, "height", 0);
        if (!(w > 0) || !(h > 0)) {
            return List.of();
        }
        double rx = length(e, "rx", Double.NaN);
        double ry = length(e, "ry", Double.NaN);
        boolean rxGiven = rx >= 0;
        boolean ryGiven = ry >= 0;
        if (!rxGiven) {
            rx = ryGiven ? ry : 0;
        }
        if (!ryGiven) {
            ry = rx;
        }
        rx = Math.min(rx, w / 2);
        ry = Math.min(ry, h / 2);
        List<Edge> edges = new ArrayList<>();
        addLine(edges, new Vec(x + rx, y), new Vec(x + w - rx, y));
        addCorner(edges, new Vec(x + w - rx, y + ry), rx, ry, -HALF_PI);
        addLine(edges, new Vec(x + w, y + ry), new Vec(x + w, y + h - ry));
        addCorner(edges, new Vec(x + w - rx, y + h - ry), rx, ry, 0);
        addLine(edges, new Vec(x + w - rx, y + h), new Vec(x + rx, y + h));
        addCorner(edges, new Vec(x + rx, y + h - ry), rx, ry, HALF_PI);
        addLine(edges, new Vec(x, y + h - ry), new Vec(x, y + ry));
        addCorner(edges, new Vec(x + rx, y + ry), rx, ry, Math.PI);
        return List.of(new SvgPathParser.Subpath(edges, true));
    }

    private static void addLine(List<Edge> edges, Vec from, Vec to) {
        if (!from.equals(to)) {
            edges.add(new LineEdge(from, to));
        }
    }

    private static void addCorner(List<Edge> edges, Vec center, double rx, double ry, double start) {
        if (rx > 0 && ry > 0) {
            edges.add(new ArcEdge(center, new Vec(rx, 0), new Vec(0, ry), start, HALF_PI));
        }
    }

    private static List<SvgPathParser.Subpath> ellipse(Element e, double rx, double ry) {
        if (!(rx > 0) || !(ry > 0)) {
            return List.of();
        }
        Vec center = new Vec(length(e, "cx", 0), length(e, "cy", 0));
        Edge edge = new ArcEdge(center, new Vec(rx, 0), new Vec(0, ry), 0, 2 * Math.PI);
        return List.of(new SvgPathParser.Subpath(List.of(edge), true));
    }

    private static List<SvgPathParser.Subpath> line(Element e) {
        Vec from = new Vec(length(e, "x1", 0), length(e, "y1", 0));
        Vec to = new Vec(length(e, "x2", 0), length(e, "y2", 0));
        return from.equals(to) ? List.of() : List.of(new SvgPathParser.Subpath(List.of(new LineEdge(from, to)), false));
    }

    /** Reads {@code points}; an odd trailing number is dropped as the SVG specification requires, and a polygon is closed. */
    private static List<SvgPathParser.Subpath> points(Element e, boolean polygon) {
        SvgNumberScanner scanner = new SvgNumberScanner(e.getAttribute("points"));
        List<Vec> points = new ArrayList<>();
        while (scanner.hasNumber()) {
            double x = scanner.number();
            double y = scanner.number();
            if (Double.isNaN(x) || Double.isNaN(y)) {
                break;
            }
            points.add(new Vec(x, y));
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            addLine(edges, points.get(i - 1), points.get(i));
        }
        if (polygon && points.size() > 2) {
            addLine(edges, points.get(points.size() - 1), points.get(0));
        }
        return edges.isEmpty() ? List.of() : List.of(new SvgPathParser.Subpath(edges, polygon));
    }
}
