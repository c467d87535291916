package com.optimacut.domain.layout;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings of layout analysis.
 *
 * @param engraveLayers layer names whose geometry is engraving, compared case-insensitively; in
 *     SVG the layer is the {@code id} or {@code inkscape:label} of an enclosing group
 * @param engraveAciColors DXF AutoCAD Color Index numbers (1 to 255) whose geometry is engraving
 * @param engraveSvgColors SVG stroke colours whose geometry is engraving, as {@code #rrggbb}
 * @param chainToleranceMm the largest gap, in millimetres, between two end points that still joins
 *     them into one contour
 * @param limits bounds on the work spent on one file
 */
public record LayoutOptions(Set<String> engraveLayers, Set<Integer> engraveAciColors, Set<String> engraveSvgColors,
        double chainToleranceMm, LayoutLimits limits) {

    /** The default chaining tolerance: 0.01 mm, far below a laser's kerf of about 0.1 mm. */
    public static final double DEFAULT_CHAIN_TOLERANCE_MM = 0.01;

    /** Normalizes the names and colours to lower case and checks the tolerance. */
    public LayoutOptions {
        engraveLayers = engraveLayers.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        engraveAciColors = Set.copyOf(engraveAciColors);
        engraveSvgColors = engraveSvgColors.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (!(chainToleranceMm > 0) || Double.isInfinite(chainToleranceMm)) {
            throw new IllegalArgumentException("chainToleranceMm must be a positive number: " + chainToleranceMm);
        }
    }

    /**
     * Returns the defaults: layers {@code ENGRAVE} and {@code Гравировка} are engraving, no colour
     * is, tolerance {@value #DEFAULT_CHAIN_TOLERANCE_MM} mm, {@link LayoutLimits#defaults()}.
     */
    public static LayoutOptions defaults() {
        return new LayoutOptions(Set.of("ENGRAVE", "Гравировка"), Set.of(), Set.of(),
                DEFAULT_CHAIN_TOLERANCE_MM, LayoutLimits.defaults());
    }

    /** Returns a copy whose engraving layers are {@code layers}. */
    public LayoutOptions withEngraveLayers(Set<String> layers) {
        return new LayoutOptions(layers, engraveAciColors, engraveSvgColors, chainToleranceMm, limits);
    }

    /** Returns a copy whose engraving colours are {@code aciColors} in DXF and {@code svgColors} in SVG. */
    public LayoutOptions withEngraveColors(Set<Integer> aciColors, Set<String> svgColors) {
        return new LayoutOptions(engraveLayers, aciColors, svgColors, chainToleranceMm, limits);
    }

    /** Returns a copy whose chaining tolerance is {@code toleranceMm}. */
    public LayoutOptions withChainToleranceMm(double toleranceMm) {
        return new LayoutOptions(engraveLayers, engraveAciColors, engraveSvgColors, toleranceMm, limits);
    }

    /** Returns a copy with {@code newLimits}. */
    public LayoutOptions withLimits(LayoutLimits newLimits) {
        return new LayoutOptions(engraveLayers, engraveAciColors, engraveSvgColors, chainToleranceMm, newLimits);
    }

    boolean isEngraveLayer(String layer) {
        return layer != null && engraveLayers.contains(layer.toLowerCase(Locale.ROOT));
    }
}
