package com.optimacut.domain.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds small DXF and SVG files for tests and compares measures within the tolerances. */
final class LayoutFixtures {

    private LayoutFixtures() {
    }

    /** Returns DXF group pairs, one code and one value per line. */
    static String pairs(Object... codesAndValues) {
        StringJoiner joiner = new StringJoiner("\n", "", "\n");
        for (Object item : codesAndValues) {
            joiner.add(String.valueOf(item));
        }
        return joiner.toString();
    }

    /** Returns a whole DXF file with the header pairs, block definitions and model entities. */
    static String dxf(String header, String blocks, String entities) {
        return pairs(0, "SECTION", 2, "HEADER") + header + pairs(0, "ENDSEC")
                + (blocks.isEmpty() ? "" : pairs(0, "SECTION", 2, "BLOCKS") + blocks + pairs(0, "ENDSEC"))
                + pairs(0, "SECTION", 2, "ENTITIES") + entities + pairs(0, "ENDSEC", 0, "EOF");
    }

    /** Returns a millimetre DXF with only model entities. */
    static String dxf(String entities) {
        return dxf(pairs(9, "$INSUNITS", 70, 4), "", entities);
    }

    static String block(String name, double baseX, double baseY, String entities) {
        return pairs(0, "BLOCK", 8, "0", 2, name, 70, 0, 10, baseX, 20, baseY, 30, 0) + entities + pairs(0, "ENDBLK");
    }

    static String circle(double x, double y, double r) {
        return pairs(0, "CIRCLE", 8, "CUT", 10, x, 20, y, 30, 0, 40, r);
    }

    static String line(double x1, double y1, double x2, double y2) {
        return pairs(0, "LINE", 8, "CUT", 10, x1, 20, y1, 30, 0, 11, x2, 21, y2, 31, 0);
    }

    /** Returns a closed LWPOLYLINE rectangle. */
    static String rectangle(double x, double y, double w, double h) {
        return pairs(0, "LWPOLYLINE", 8, "CUT", 90, 4, 70, 1, 10, x, 20, y, 10, x + w, 20, y, 10, x + w, 20, y + h,
                10, x, 20, y + h);
    }

    /** Returns an SVG drawn in millimetres: 1 user unit is 1 mm. */
    static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"500mm\" height=\"500mm\" viewBox=\"0 0 500 500\">" + body + "</svg>";
    }

    static LayoutAnalysis analyze(String fileName, String content) throws LayoutAnalysisException {
        return new LayoutAnalyzer().analyze(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] resource(String name) {
        try (InputStream in = LayoutFixtures.class.getResourceAsStream("/layouts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /layouts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts {@code actual} within 0.01 mm or 0.01 %, whichever is larger. */
    static void assertMeasure(double expected, double actual, String what) {
        double tolerance = Math.max(0.01, Math.abs(expected) * 1e-4);
        assertEquals(expected, actual, tolerance, what);
    }

    /** Returns the perimeter of an ellipse by Simpson's rule, independent of the code under test. */
    static double ellipsePerimeter(double a, double b, double from, double to) {
        int steps = 200_000;
        double h = (to - from) / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double t = from + i * h;
            double f = Math.hypot(a * Math.sin(t), b * Math.cos(t));
            sum += (i == 0 || i == steps) ? f : (i % 2 == 1 ? 4 * f : 2 * f);
        }
        return sum * h / 3;
    }
}
