package com.optimacut.domain.pricing;

import java.math.BigDecimal;

/**
 * The sheet size and prices of one material, as the catalogue (or a client's special price) gives
 * them. Lengths are millimetres and money is roubles. Build it with {@link #builder()}.
 *
 * @param sheetWidthMm the sheet width, above zero
 * @param sheetHeightMm the sheet height, above zero
 * @param basis how the material itself is charged
 * @param pricePerSheet the price of one sheet; required when {@code basis} is {@link PricingBasis#SHEET}
 * @param pricePerSquareMetre the price of one m²; required when {@code basis} is {@link PricingBasis#AREA}
 * @param cutting how cutting is charged; {@code null} only for a material that is never cut, and
 *     then pricing a layout with a cut length is rejected
 * @param pricePerPierce the price of one pierce; {@code null} when pierces are not charged
 * @param engravingPricePerCm2 the price of one cm² of engraving; required when a layout has engraving
 * @param engravingLineWidthMm the width of one engraved line in mm. It turns an engraving length into
 *     an area, so it is required when a layout gives its engraving as a length
 * @param partGapMm the clear material left between neighbouring parts, zero or more
 * @param kerfMm the width of material the beam or cutter removes, zero or more
 * @param minimumCharge the least an item costs; {@code null} or zero for none
 * @param specialPrice whether a client's special price replaced the catalogue price of the material
 */
public record MaterialPrices(BigDecimal sheetWidthMm, BigDecimal sheetHeightMm, PricingBasis basis,
        BigDecimal pricePerSheet, BigDecimal pricePerSquareMetre, CuttingTariff cutting,
        BigDecimal pricePerPierce, BigDecimal engravingPricePerCm2, BigDecimal engravingLineWidthMm,
        BigDecimal partGapMm, BigDecimal kerfMm, BigDecimal minimumCharge, boolean specialPrice) {

    /** Rejects missing or non-positive sheet sizes, negative prices and a missing basis price. */
    public MaterialPrices {
        Checks.positive(sheetWidthMm, PricingField.sheetWidthMm);
        Checks.positive(sheetHeightMm, PricingField.sheetHeightMm);
        if (basis == null) {
            throw new PricingException("pricing.error.missingValue", PricingField.basis);
        }
        Checks.optionalNotNegative(pricePerSheet, PricingField.pricePerSheet);
        Checks.optionalNotNegative(pricePerSquareMetre, PricingField.pricePerSquareMetre);
        if (basis == PricingBasis.SHEET && pricePerSheet == null) {
            throw new PricingException("pricing.error.missingSheetPrice");
        }
        if (basis == PricingBasis.AREA && pricePerSquareMetre == null) {
            throw new PricingException("pricing.error.missingAreaPrice");
        }
        Checks.optionalNotNegative(pricePerPierce, PricingField.pricePerPierce);
        Checks.optionalNotNegative(engravingPricePerCm2, PricingField.engravingPricePerCm2);
        if (engravingLineWidthMm != null) {
            Checks.positive(engravingLineWidthMm, PricingField.engravingLineWidthMm);
        }
        Checks.notNegative(partGapMm, PricingField.partGapMm);
        Checks.notNegative(kerfMm, PricingField.kerfMm);
        Checks.optionalNotNegative(minimumCharge, PricingField.minimumCharge);
    }

    /** Returns a builder with no gap, no kerf and no optional prices. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this material's values, to change one or two of them. */
    public Builder toBuilder() {
        return new Builder().sheet(sheetWidthMm, sheetHeightMm).basis(basis)
                .pricePerSheet(pricePerSheet).pricePerSquareMetre(pricePerSquareMetre)
                .cutting(cutting).pricePerPierce(pricePerPierce)
                .engraving(engravingPricePerCm2, engravingLineWidthMm)
                .partGapMm(partGapMm).kerfMm(kerfMm).minimumCharge(minimumCharge)
                .specialPrice(specialPrice);
    }

    /** Collects the values of a {@link MaterialPrices}; {@link #build()} validates them. */
    public static final class Builder {

        private BigDecimal sheetWidthMm;
        private BigDecimal sheetHeightMm;
        private PricingBasis basis;
        private BigDecimal pricePerSheet;
        private BigDecimal pricePerSquareMetre;
        private CuttingTariff cutting;
        private BigDecimal pricePerPierce;
        private BigDecimal engravingPricePerCm2;
        private BigDecimal engravingLineWidthMm;
        private BigDecimal partGapMm = BigDecimal.ZERO;
        private BigDecimal kerfMm = BigDecimal.ZERO;
        private BigDecimal minimumCharge;
        private boolean specialPrice;

        private Builder() {
        }

        /** Sets the sheet size in millimetres. */
        public Builder sheet(BigDecimal widthMm, BigDecimal heightMm) {
            this.sheetWidthMm = widthMm;
            this.sheetHeightMm = heightMm;
            return this;
        }

        /** Sets how the material itself is charged. */
        public Builder basis(PricingBasis basis) {
            this.basis = basis;
            return this;
        }

        /** Sets the price of one sheet in roubles. */
        public Builder pricePerSheet(BigDecimal price) {
            this.pricePerSheet = price;
            return this;
        }

        /** Sets the price of one m² in roubles. */
        public Builder pricePerSquareMetre(BigDecimal price) {
            this.pricePerSquareMetre = price;
            return this;
        }

        /** Sets how cutting is charged. */
        public Builder cutting(CuttingTariff cutting) {
            this.cutting = cutting;
            return this;
        }

        /** Charges cutting by machine time: speed in mm/s, rate in roubles per minute. */
        public Builder cuttingBySpeed(BigDecimal speedMmPerSecond, BigDecimal pricePerMinute) {
            return cutting(new CuttingTariff.BySpeed(speedMmPerSecond, pricePerMinute));
        }

        /** Charges cutting by length: roubles per metre of cut. */
        public Builder cuttingPerMetre(BigDecimal pricePerMetre) {
            return cutting(new CuttingTariff.PerMetre(pricePerMetre));
        }

        /** Sets the price of one pierce in roubles; {@code null} leaves pierces free. */
        public Builder pricePerPierce(BigDecimal price) {
            this.pricePerPierce = price;
            return this;
        }

        /** Sets the engraving price per cm² and the engraved line width in mm (may be {@code null}). */
        public Builder engraving(BigDecimal pricePerCm2, BigDecimal lineWidthMm) {
            this.engravingPricePerCm2 = pricePerCm2;
            this.engravingLineWidthMm = lineWidthMm;
            return this;
        }

        /** Sets the clear material between neighbouring parts in mm. */
        public Builder partGapMm(BigDecimal gapMm) {
            this.partGapMm = gapMm;
            return this;
        }

        /** Sets the width the beam or cutter removes in mm. */
        public Builder kerfMm(BigDecimal kerfMm) {
            this.kerfMm = kerfMm;
            return this;
        }

        /** Sets the least an item costs in roubles. */
        public Builder minimumCharge(BigDecimal minimumCharge) {
            this.minimumCharge = minimumCharge;
            return this;
        }

        /** Marks the prices as a client's special prices rather than the catalogue's. */
        public Builder specialPrice(boolean specialPrice) {
            this.specialPrice = specialPrice;
            return this;
        }

        /** Validates the values and returns the material prices. */
        public MaterialPrices build() {
            return new MaterialPrices(sheetWidthMm, sheetHeightMm, basis, pricePerSheet, pricePerSquareMetre,
                    cutting, pricePerPierce, engravingPricePerCm2, engravingLineWidthMm, partGapMm, kerfMm,
                    minimumCharge, specialPrice);
        }
    }
}
