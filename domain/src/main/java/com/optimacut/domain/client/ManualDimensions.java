package com.optimacut.domain.client;

import com.optimacut.domain.shared.DomainRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Dimensions that a person entered for a layout that cannot be analysed (PDF, AI, CDR, raster):
 * the part's width and height in mm and, when known, its cut length in mm and number of pierces.
 */
@Embeddable
public class ManualDimensions {

    private static final BigDecimal MAX_SIDE_MM = new BigDecimal("10000");
    private static final BigDecimal MAX_CUT_MM = new BigDecimal("100000000");
    private static final int MAX_PIERCES = 1_000_000;

    @Column(name = "manual_width_mm", precision = 8, scale = 2)
    private BigDecimal widthMm;

    @Column(name = "manual_height_mm", precision = 8, scale = 2)
    private BigDecimal heightMm;

    @Column(name = "manual_cut_length_mm", precision = 12, scale = 2)
    private BigDecimal cutLengthMm;

    @Column(name = "manual_pierces")
    private Integer pierces;

    @Column(name = "manual_engraving_area_mm2", precision = 14, scale = 2)
    private BigDecimal engravingAreaMm2;

    protected ManualDimensions() {
        // for JPA
    }

    /**
     * Creates the dimensions without engraving.
     *
     * @throws DomainRuleException {@code dimensions.invalid}, as the full constructor
     */
    public ManualDimensions(BigDecimal widthMm, BigDecimal heightMm, BigDecimal cutLengthMm, Integer pierces) {
        this(widthMm, heightMm, cutLengthMm, pierces, null);
    }

    /**
     * Creates the dimensions.
     *
     * @param cutLengthMm the cut length, or {@code null} when unknown
     * @param pierces the number of pierces (contours), or {@code null} when unknown
     * @param engravingAreaMm2 the engraved (filled) area of one part in mm², or {@code null} for none
     * @throws DomainRuleException {@code dimensions.invalid} unless width and height are above 0
     *     and at most 10 000 mm, the cut length is from 0 to 100 km, the pierces from 0 to a million,
     *     the engraved area is from 0 to the width × height, and lengths have at most two decimals
     */
    public ManualDimensions(BigDecimal widthMm, BigDecimal heightMm, BigDecimal cutLengthMm, Integer pierces,
            BigDecimal engravingAreaMm2) {
        boolean valid = isSide(widthMm) && isSide(heightMm) && isCutLength(cutLengthMm)
                && (pierces == null || (pierces >= 0 && pierces <= MAX_PIERCES))
                && isEngravingArea(engravingAreaMm2, widthMm, heightMm);
        if (!valid) {
            throw new DomainRuleException("dimensions.invalid");
        }
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.cutLengthMm = cutLengthMm;
        this.pierces = pierces;
        this.engravingAreaMm2 = engravingAreaMm2;
    }

    private static boolean isEngravingArea(BigDecimal areaMm2, BigDecimal widthMm, BigDecimal heightMm) {
        if (areaMm2 == null) {
            return true;
        }
        boolean sidesGiven = widthMm != null && heightMm != null;
        return sidesGiven && areaMm2.signum() >= 0 && areaMm2.compareTo(widthMm.multiply(heightMm)) <= 0
                && areaMm2.stripTrailingZeros().scale() <= 2;
    }

    private static boolean isSide(BigDecimal mm) {
        return mm != null && mm.signum() > 0 && mm.compareTo(MAX_SIDE_MM) <= 0 && mm.stripTrailingZeros().scale() <= 2;
    }

    private static boolean isCutLength(BigDecimal mm) {
        return mm == null || (mm.signum() >= 0 && mm.compareTo(MAX_CUT_MM) <= 0 && mm.stripTrailingZeros().scale() <= 2);
    }

    /**
     * Returns whether the dimensions are given. JPA may load an embeddable whose columns are all
     * null as an empty instance, so owners check this instead of {@code != null}.
     */
    public boolean isPresent() {
        return widthMm != null && heightMm != null;
    }

    public BigDecimal getWidthMm() {
        return widthMm;
    }

    public BigDecimal getHeightMm() {
        return heightMm;
    }

    public BigDecimal getCutLengthMm() {
        return cutLengthMm;
    }

    public Integer getPierces() {
        return pierces;
    }

    /** Returns the engraved area of one part in mm², or {@code null} when there is none. */
    public BigDecimal getEngravingAreaMm2() {
        return engravingAreaMm2;
    }
}
