package com.optimacut.domain.layout;

import java.util.Locale;
import java.util.Map;

/** Normalizes SVG colours to {@code #rrggbb} so that a file's stroke can be compared with the options. */
final class SvgColors {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("black", "#000000"), Map.entry("white", "#ffffff"), Map.entry("red", "#ff0000"),
            Map.entry("lime", "#00ff00"), Map.entry("green", "#008000"), Map.entry("blue", "#0000ff"),
            Map.entry("yellow", "#ffff00"), Map.entry("cyan", "#00ffff"), Map.entry("aqua", "#00ffff"),
            Map.entry("magenta", "#ff00ff"), Map.entry("fuchsia", "#ff00ff"), Map.entry("gray", "#808080"),
            Map.entry("grey", "#808080"), Map.entry("orange", "#ffa500"), Map.entry("navy", "#000080"),
            Map.entry("maroon", "#800000"), Map.entry("purple", "#800080"), Map.entry("silver", "#c0c0c0"));

    private SvgColors() {
    }

    /** Returns {@code #rrggbb} for a hex, {@code rgb()} or basic named colour; other text in lower case. */
    static String normalize(String colour) {
        if (colour == null) {
            return null;
        }
        String c = colour.strip().toLowerCase(Locale.ROOT);
        if (c.matches("#[0-9a-f]{3}")) {
            return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        if (c.startsWith("rgb(") && c.endsWith(")")) {
            return fromRgb(c.substring(4, c.length() - 1), c);
        }
        return NAMED.getOrDefault(c, c);
    }

    private static String fromRgb(String arguments, String original) {
        String[] parts = arguments.split("[,\\s]+");
        if (parts.length != 3) {
            return original;
        }
        StringBuilder hex = new StringBuilder("#");
        for (String part : parts) {
            try {
                double value = part.endsWith("%") ? Double.parseDouble(part.substring(0, part.length() - 1)) * 2.55
                        : Double.parseDouble(part);
                hex.append(String.format(Locale.ROOT, "%02x", (int) Math.round(Math.max(0, Math.min(255, value)))));
            } catch (NumberFormatException e) {
                return original;
            }
        }
        return hex.toString();
    }
}
