package com.optimacut.domain.pricing;

import com.optimacut.domain.layout.LayoutAnalysis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The measures of one part that pricing uses: its bounding box, its cut and engraving, and its
 * pierces. Build it from a {@link LayoutAnalysis} or from dimensions a manager entered for a
 * PDF, AI, CDR or raster layout. Lengths are millimetres rounded half-up to 0.01 mm, the precision of
 * the analysis, so the numbers shown in a price line are the numbers it was computed from.
 *
 * @param widthMm the bounding-box width, above zero
 * @param heightMm the bounding-box height, above zero
 * @param cutLengthMm the cut length of one part, zero or more
 * @param pierces the pierces of one part (one per contour), zero or more
 * @param engravingLengthMm the length of engraved lines of one part, zero or more
 * @param engravingAreaMm2 the engraved (filled) area of one part in mm², zero or more
 * @param source where the measures come from
 */
public record LayoutMeasures(BigDecimal widthMm, BigDecimal heightMm, BigDecimal cutLengthMm, int pierces,
        BigDecimal engravingLengthMm, BigDecimal engravingAreaMm2, Source source) {

    private static final int SCALE = 2;

    /** The origin of the measures. */
    public enum Source {
        /** The layout analysis of a DXF or SVG file. */
        ANALYSIS,
        /** Bounding box, cut length and pierces entered by a manager. */
        MANUAL,
        /**
         * Only the bounding box was entered, so the cut length is the bounding-box perimeter and the
         * part has one pierce: a rectangular blank, the least a part can cost to cut.
         */
        MANUAL_BOUNDING_BOX
    }

    /** Rejects a missing or non-positive size and negative lengths, areas or pierces. */
    public LayoutMeasures {
        Checks.positive(widthMm, PricingField.partWidthMm);
        Checks.positive(heightMm, PricingField.partHeightMm);
        Checks.notNegative(cutLengthMm, PricingField.cutLengthMm);
        if (pierces < 0) {
            throw new PricingException("pricing.error.negative", PricingField.pierces, pierces);
        }
        Checks.notNegative(engravingLengthMm, PricingField.engravingLengthMm);
        Checks.notNegative(engravingAreaMm2, PricingField.engravingAreaMm2);
        Objects.requireNonNull(source, "source");
        widthMm = round(widthMm);
        heightMm = round(heightMm);
        cutLengthMm = round(cutLengthMm);
        engravingLengthMm = round(engravingLengthMm);
        engravingAreaMm2 = round(engravingAreaMm2);
    }

    /**
     * Takes the measures of an analysed DXF or SVG file: its contours are the pierces and its
     * engraving is a length of lines.
     *
     * @throws PricingException when a measure is not a finite number or is negative
     */
    public static LayoutMeasures fromAnalysis(LayoutAnalysis analysis) {
        return new LayoutMeasures(
                Checks.measure(analysis.bboxWidthMm(), PricingField.partWidthMm),
                Checks.measure(analysis.bboxHeightMm(), PricingField.partHeightMm),
                Checks.measure(analysis.cutLengthMm(), PricingField.cutLengthMm),
                analysis.contours(),
                Checks.measure(analysis.engraveLengthMm(), PricingField.engravingLengthMm),
                BigDecimal.ZERO, Source.ANALYSIS);
    }

    /**
     * Takes dimensions a manager entered for a layout that cannot be analysed.
     *
     * @param engravingAreaMm2 the engraved area of one part in mm², zero when nothing is engraved
     */
    public static LayoutMeasures manual(BigDecimal widthMm, BigDecimal heightMm, BigDecimal cutLengthMm,
            int pierces, BigDecimal engravingAreaMm2) {
        return new LayoutMeasures(widthMm, heightMm, cutLengthMm, pierces, BigDecimal.ZERO, engravingAreaMm2,
                Source.MANUAL);
    }

    /**
     * Takes only a bounding box entered by a manager and prices the part as a rectangular blank: the
     * cut length is the perimeter 2 × (width + height) and there is one pierce.
     */
    public static LayoutMeasures manualBoundingBox(BigDecimal widthMm, BigDecimal heightMm) {
        Checks.positive(widthMm, PricingField.partWidthMm);
        Checks.positive(heightMm, PricingField.partHeightMm);
        BigDecimal perimeter = widthMm.add(heightMm).multiply(BigDecimal.valueOf(2));
        return new LayoutMeasures(widthMm, heightMm, perimeter, 1, BigDecimal.ZERO, BigDecimal.ZERO,
                Source.MANUAL_BOUNDING_BOX);
    }

    private static BigDecimal round(BigDecimal value) {
        BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        // stripTrailingZeros turns 100 into 1E+2; keep plain integers so values print and compare as entered.
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
