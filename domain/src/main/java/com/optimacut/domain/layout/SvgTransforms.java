package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/** Parses the SVG {@code transform} attribute: matrix, translate, scale, rotate, skewX and skewY lists. */
final class SvgTransforms {

    private SvgTransforms() {
    }

    /**
     * Returns the transform that {@code text} describes, functions applied right to left as in SVG, or {@code null} when the text is invalid, in which case SVG renders the element
     * without a transform.
     */
    static AffineTransform parse(String text) {
        AffineTransform result = new AffineTransform();
        if (text == null || text.isBlank()) {
            return result;
        }
        SvgNumberScanner scanner = new SvgNumberScanner(text);
        while (!scanner.atEnd()) {
            String name = name(scanner);
            scanner.skipWhitespace();
            if (name.isEmpty() || scanner.atEnd() || scanner.peek() != '(') {
                return null;
            }
            scanner.advance();
            List<Double> arguments = new ArrayList<>();
            while (scanner.hasNumber()) {
                double value = scanner.number();
                if (Double.isNaN(value)) {
                    return null;
                }
                arguments.add(value);
            }
            scanner.skipWhitespace();
            if (scanner.atEnd() || scanner.peek() != ')') {
                return null;
            }
            scanner.advance();
            AffineTransform step = function(name, arguments);
            if (step == null) {
                return null;
            }
            result.concatenate(step);
        }
        return result;
    }

    private static String name(SvgNumberScanner scanner) {
        StringBuilder name = new StringBuilder();
        while (!scanner.atEnd() && Character.isLetter(scanner.peek())) {
            name.append(scanner.peek());
            scanner.advance();
        }
        return name.toString();
    }

    private static AffineTransform function(String name, List<Double> a) {
        int n = a.size();
        switch (name) {
            case "matrix":
                return n == 6 ? new AffineTransform(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5)) : null;
            case "translate":
                return n == 1 || n == 2 ? AffineTransform.getTranslateInstance(a.get(0), n == 2 ? a.get(1) : 0) : null;
            case "scale":
                return n == 1 || n == 2 ? AffineTransform.getScaleInstance(a.get(0), n == 2 ? a.get(1) : a.get(0)) : null;
            case "rotate":
                if (n == 1) {
                    return AffineTransform.getRotateInstance(Math.toRadians(a.get(0)));
                }
                return n == 3 ? AffineTransform.getRotateInstance(Math.toRadians(a.get(0)), a.get(1), a.get(2)) : null;
            case "skewX":
                return n == 1 ? AffineTransform.getShearInstance(Math.tan(Math.toRadians(a.get(0))), 0) : null;
            case "skewY":
                return n == 1 ? AffineTransform.getShearInstance(0, Math.tan(Math.toRadians(a.get(0)))) : null;
            default:
                return null;
        }
    }
}
