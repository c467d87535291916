package com.optimacut.domain.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses SVG path data into subpaths of edges in user units. As the SVG specification requires,
 * an error in the data ends the path there and keeps what came before it; {@link #failed()}
 * tells the caller to warn.
 */
final class SvgPathParser {

    /** One subpath: the edges from a moveto to the next moveto, closed by {@code z} or not. */
    record Subpath(List<Edge> edges, boolean closed) {
    }

    private final SvgNumberScanner scanner;
    private final List<Subpath> subpaths = new ArrayList<>();
    private List<Edge> edges = new ArrayList<>();
    private Vec current = new Vec(0, 0);
    private Vec subpathStart = current;
    private Vec lastControl;
    private char lastCommand;
    private boolean failed;

    private SvgPathParser(String data) {
        this.scanner = new SvgNumberScanner(data);
    }

    static SvgPathParser parse(String data) {
        SvgPathParser parser = new SvgPathParser(data == null ? "" : data);
        parser.run();
        return parser;
    }

    List<Subpath> subpaths() {
        return subpaths;
    }

    boolean failed() {
        return failed;
    }

    private void run() {
        char command = 0;
        while (!scanner.atEnd()) {
            char c = scanner.peek();
            if (Character.isLetter(c)) {
                command = c;
                scanner.advance();
            } else if (command == 0 || command == 'z' || command == 'Z') {
                failed = true;
                break;
            }
            if ((command != 'M' && command != 'm' && subpaths.isEmpty() && edges.isEmpty() && lastCommand == 0)
                    || !execute(command)) {
                failed = true;
                break;
            }
            lastCommand = command;
            if (command == 'M') {
                command = 'L';
            } else if (command == 'm') {
                command = 'l';
            }
        }
        finishSubpath(false);
    }

    /** Runs one command with its arguments; returns false on an unknown command or missing numbers. */
    private boolean execute(char command) {
        boolean relative = Character.isLowerCase(command);
        Vec base = relative ? current : new Vec(0, 0);
        return switch (Character.toUpperCase(command)) {
            case 'M' -> moveTo(base);
            case 'L' -> lineTo(point(base));
            case 'H' -> lineTo(new Vec(scanner.number() + (relative ? current.x() : 0), current.y()));
            case 'V' -> lineTo(new Vec(current.x(), scanner.number() + (relative ? current.y() : 0)));
            case 'C' -> cubic(point(base), point(base), point(base));
            case 'S' -> cubic(reflectedControl("CS"), point(base), point(base));
            case 'Q' -> quadratic(point(base), point(base));
            case 'T' -> quadratic(reflectedControl("QT"), point(base));
            case 'A' -> arc(base);
            case 'Z' -> close();
            default -> false;
        };
    }

    private Vec point(Vec base) {
        double x = scanner.number();
        double y = scanner.number();
        return new Vec(x + base.x(), y + base.y());
    }

    private boolean moveTo(Vec base) {
        Vec target = point(base);
        if (!target.isFinite()) {
            return false;
        }
        finishSubpath(false);
        current = target;
        subpathStart = target;
        lastControl = null;
        return true;
    }

    private boolean lineTo(Vec target) {
        if (!target.isFinite()) {
            return false;
        }
        if (!target.equals(current)) {
            edges.add(new LineEdge(current, target));
        }
        current = target;
        lastControl = null;
        return true;
    }

    /** Returns the first control point of a smooth curve: the reflection of the previous curve's last one. */
    private Vec reflectedControl(String family) {
        boolean follows = lastControl != null && family.indexOf(Character.toUpperCase(lastCommand)) >= 0;
        return follows ? current.times(2).minus(lastControl) : current;
    }

    private boolean cubic(Vec control1, Vec control2, Vec target) {
        if (!control1.isFinite() || !control2.isFinite() || !target.isFinite()) {
            return false;
        }
        edges.add(new CubicEdge(current, control1, control2, target));
        current = target;
        lastControl = control2;
        return true;
    }

    private boolean quadratic(Vec control, Vec target) {
        if (!control.isFinite() || !target.isFinite()) {
            return false;
        }
        edges.add(CubicEdge.fromQuadratic(current, control, target));
        current = target;
        lastControl = control;
        return true;
    }

    private boolean arc(Vec base) {
        double rx = scanner.number();
        double ry = scanner.number();
        double rotation = scanner.number();
        int largeArc = scanner.flag();
        int sweep = largeArc < 0 ? -1 : scanner.flag();
        Vec target = point(base);
        if (Double.isNaN(rx) || Double.isNaN(ry) || Double.isNaN(rotation) || sweep < 0 || !target.isFinite()) {
            return false;
        }
        Edge edge = SvgArc.toEdge(current, target, rx, ry, rotation, largeArc == 1, sweep == 1);
        if (edge != null) {
            edges.add(edge);
        }
        current = target;
        lastControl = null;
        return true;
    }

    private boolean close() {
        if (!current.equals(subpathStart)) {
            edges.add(new LineEdge(current, subpathStart));
        }
        finishSubpath(true);
        current = subpathStart;
        lastControl = null;
        return true;
    }

    private void finishSubpath(boolean closed) {
        if (!edges.isEmpty()) {
            subpaths.add(new Subpath(edges, closed));
            edges = new ArrayList<>();
        }
    }
}
