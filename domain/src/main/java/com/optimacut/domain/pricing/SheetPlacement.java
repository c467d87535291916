package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The placement of an item's parts on the material's sheets: a grid of identical bounding boxes in one
 * orientation, as many columns and rows as fit. Along one side of length {@code L} a part of length
 * {@code l} takes {@code l + kerf} of material (half the kerf on each side of the cut line) and
 * neighbours are {@code gap} apart, so {@code n} parts need {@code n(l + kerf) + (n − 1)gap ≤ L}, that
 * is {@code n = floor((L + gap) ÷ (l + kerf + gap))}. No margin is kept at the sheet edge.
 *
 * @param sheetWidthMm the sheet width
 * @param sheetHeightMm the sheet height
 * @param placedWidthMm the part's extent along the sheet width, after any rotation
 * @param placedHeightMm the part's extent along the sheet height, after any rotation
 * @param gapMm the clear material between neighbouring parts
 * @param kerfMm the width of the cut
 * @param columns the parts across the sheet width
 * @param rows the parts along the sheet height
 * @param rotated whether the part is turned by 90° from its drawing
 * @param quantity the parts the item needs
 * @param sheets the sheets the item needs, {@code ceil(quantity ÷ partsPerSheet)}
 */
public record SheetPlacement(BigDecimal sheetWidthMm, BigDecimal sheetHeightMm, BigDecimal placedWidthMm,
        BigDecimal placedHeightMm, BigDecimal gapMm, BigDecimal kerfMm, int columns, int rows, boolean rotated,
        int quantity, int sheets) {

    /**
     * Places {@code quantity} parts of {@code part} on sheets of {@code material}. Both orientations
     * are tried and the one with more parts per sheet wins; on a tie the part keeps its drawn
     * orientation.
     *
     * @throws PricingException {@code pricing.error.partDoesNotFit} when the part with its kerf is
     *     larger than the sheet in both orientations
     */
    public static SheetPlacement place(MaterialPrices material, LayoutMeasures part, int quantity) {
        BigDecimal sheetWidth = material.sheetWidthMm();
        BigDecimal sheetHeight = material.sheetHeightMm();
        BigDecimal gap = material.partGapMm();
        BigDecimal kerf = material.kerfMm();
        long upright = (long) fit(sheetWidth, part.widthMm(), gap, kerf) * fit(sheetHeight, part.heightMm(), gap, kerf);
        long turned = (long) fit(sheetWidth, part.heightMm(), gap, kerf) * fit(sheetHeight, part.widthMm(), gap, kerf);
        if (upright == 0 && turned == 0) {
            throw new PricingException("pricing.error.partDoesNotFit", part.widthMm(), part.heightMm(), kerf,
                    sheetWidth, sheetHeight);
        }

        boolean rotated = turned > upright;
        BigDecimal placedWidth = rotated ? part.heightMm() : part.widthMm();
        BigDecimal placedHeight = rotated ? part.widthMm() : part.heightMm();
        int columns = fit(sheetWidth, placedWidth, gap, kerf);
        int rows = fit(sheetHeight, placedHeight, gap, kerf);
        long perSheet = (long) columns * rows;
        int sheets = (int) ((quantity + perSheet - 1) / perSheet);
        return new SheetPlacement(sheetWidth, sheetHeight, placedWidth, placedHeight, gap, kerf, columns, rows,
                rotated, quantity, sheets);
    }

    /** Returns how many parts of length {@code part} fit along a sheet side of length {@code sheet}. */
    static int fit(BigDecimal sheet, BigDecimal part, BigDecimal gap, BigDecimal kerf) {
        BigDecimal pitch = part.add(kerf).add(gap);
        BigDecimal count = sheet.add(gap).divide(pitch, 0, RoundingMode.FLOOR);
        // Only a part far below 0.01 mm could exceed an int; cap the count rather than wrap around.
        return count.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }

    /** Returns the parts on one full sheet. */
    public long partsPerSheet() {
        return (long) columns * rows;
    }

    /** Renders the placement formula, e.g. «Раскладка: ⌊(1 250 + 2) ÷ (100 + 0,2 + 2)⌋ × …». */
    public String formula(Locale locale) {
        String key = rotated ? "pricing.line.placementRotated" : "pricing.line.placement";
        return PricingMessages.format(locale, key, sheetWidthMm, sheetHeightMm, placedWidthMm, placedHeightMm,
                gapMm, kerfMm, columns, rows, partsPerSheet(), quantity, sheets);
    }
}
