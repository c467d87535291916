package com.optimacut.domain.layout;

import java.util.Locale;
import java.util.Map;

/**
 * SVG lengths and their units. CSS fixes 96 px to the inch, so a number without a unit, a user
 * unit of an SVG without a physical size, is 25.4 / 96 mm.
 */
final class SvgLengths {

    static final double MM_PER_PX = 25.4 / 96;

    private static final Map<String, Double> MM_PER_UNIT = Map.of(
            "mm", 1.0, "cm", 10.0, "q", 0.25, "in", 25.4, "pt", 25.4 / 72, "pc", 25.4 / 6, "px", MM_PER_PX, "", MM_PER_PX);

    /** A parsed length: the number and its unit in lower case, empty when it had none. */
    record Length(double value, String unit) {

        /** Returns the length in millimetres, or NaN for relative units such as % and em. */
        double millimetres() {
            Double factor = MM_PER_UNIT.get(unit);
            return factor == null ? Double.NaN : value * factor;
        }
    }

    private SvgLengths() {
    }

    /** Returns the parsed length, or {@code null} when {@code text} is missing or not a length. */
    static Length parse(String text) {
        if (text == null) {
            return null;
        }
        SvgNumberScanner scanner = new SvgNumberScanner(text.strip());
        double value = scanner.number();
        if (Double.isNaN(value)) {
            return null;
        }
        String unit = text.strip().substring(scanner.position()).strip().toLowerCase(Locale.ROOT);
        return new Length(value, unit);
    }

    /**
     * Returns the length in user units of a shape attribute such as {@code x} or {@code r}: a plain
     * number as it is, an absolute unit converted through 96 px per inch, {@code fallback} when
     * missing or relative.
     */
    static double userUnits(String text, double fallback) {
        Length length = parse(text);
        if (length == null) {
            return fallback;
        }
        if (length.unit().isEmpty() || length.unit().equals("px")) {
            return length.value();
        }
        double millimetres = length.millimetres();
        return Double.isNaN(millimetres) ? fallback : millimetres / MM_PER_PX;
    }
}
