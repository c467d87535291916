package com.optimacut.domain.material;

import java.math.BigDecimal;

/**
 * The accepted ranges of the catalogue's numbers, inclusive. Money has at most two decimals
 * (kopecks), because its columns are {@code numeric(12,2)}; lengths at most the scale of their
 * columns.
 */
enum MaterialRanges {
    /** From paper-thin film to thick plate, in mm. */
    THICKNESS("0.1", "200", 2),
    /** A sheet side, in mm: from an offcut to the largest flatbed tables. */
    SHEET_SIDE("10", "10000", 2),
    /** A price of a sheet, a m², or the minimum charge, in roubles. */
    SHEET_PRICE("0.01", "1000000", 2),
    /** A price per metre, per pierce, per cm² of engraving, or per machine minute, in roubles. */
    UNIT_PRICE("0.01", "100000", 2),
    /** Cutting speed, in mm/s. */
    CUTTING_SPEED("0.1", "5000", 2),
    /** Width of one engraved line, in mm. */
    ENGRAVING_LINE_WIDTH("0.01", "10", 3),
    /** Gap between parts on a sheet, in mm. */
    PART_GAP("0", "100", 3),
    /** Width of the cut, in mm. */
    KERF("0", "10", 3);

    private final BigDecimal min;
    private final BigDecimal max;
    private final int maxScale;

    MaterialRanges(String min, String max, int maxScale) {
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.maxScale = maxScale;
    }

    /** Returns whether {@code value} is given, in range and not more precise than the column. */
    boolean contains(BigDecimal value) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= maxScale;
    }

    /** Returns whether {@code value} is absent or {@linkplain #contains in range}. */
    boolean containsOrAbsent(BigDecimal value) {
        return value == null || contains(value);
    }

    /** Returns whether {@code value} is zero or {@linkplain #contains in range}; absent is invalid. */
    boolean containsOrZero(BigDecimal value) {
        return value != null && (value.signum() == 0 || contains(value));
    }
}
