package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices one item from its material, its part and its quantity. Lines keep their full scale (a
 * division keeps {@value #DIVISION_SCALE} decimals, rounded half-up) and only the item total is
 * rounded half-up to kopecks, so rounding happens once per item. The class has no state.
 */
public final class PriceCalculator {

    /** Decimals kept by the divisions inside a line (minutes of cutting). */
    static final int DIVISION_SCALE = 10;

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    /**
     * Prices {@code quantity} parts of {@code part} cut from {@code material}.
     *
     * @param material the catalogue prices, or the client's special prices for this material
     * @param part the measures of one part
     * @param quantity the number of parts, at least one
     * @return the placement, the cost lines and the total rounded half-up to kopecks
     * @throws PricingException when the quantity is below one, the part does not fit on the sheet, or
     *     the material has no price for something the part needs (cutting, engraving)
     */
    public ItemPrice price(MaterialPrices material, LayoutMeasures part, int quantity) {
        if (quantity < 1) {
            throw new PricingException("pricing.error.quantityNotPositive", quantity);
        }
        SheetPlacement placement = SheetPlacement.place(material, part, quantity);

        List<PriceLine> lines = new ArrayList<>();
        lines.add(material(material, part, placement));
        addCutting(lines, material, part, quantity);
        addPierces(lines, material, part, quantity);
        addEngraving(lines, material, part, quantity);
        BigDecimal subtotal = sum(lines);
        if (material.minimumCharge() != null && subtotal.compareTo(material.minimumCharge()) < 0) {
            BigDecimal topUp = material.minimumCharge().subtract(subtotal);
            lines.add(PriceLine.of("pricing.line.minimumCharge", topUp, material.minimumCharge(), subtotal));
            subtotal = material.minimumCharge();
        }
        return new ItemPrice(part, placement, lines, subtotal, subtotal.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * By sheet: sheets × price per sheet. By area: quantity × (width + kerf + gap) × (height + kerf +
     * gap) mm², converted to m², × price per m².
     */
    private static PriceLine material(MaterialPrices material, LayoutMeasures part, SheetPlacement placement) {
        String special = material.specialPrice() ? "Special" : "";
        if (material.basis() == PricingBasis.SHEET) {
            BigDecimal amount = BigDecimal.valueOf(placement.sheets()).multiply(material.pricePerSheet());
            return PriceLine.of("pricing.line.materialSheet" + special, amount, placement.sheets(),
                    material.pricePerSheet());
        }
        BigDecimal cellWidth = part.widthMm().add(material.kerfMm()).add(material.partGapMm());
        BigDecimal cellHeight = part.heightMm().add(material.kerfMm()).add(material.partGapMm());
        BigDecimal squareMetres = BigDecimal.valueOf(placement.quantity()).multiply(cellWidth)
                .multiply(cellHeight).movePointLeft(6);
        BigDecimal amount = squareMetres.multiply(material.pricePerSquareMetre());
        return PriceLine.of("pricing.line.materialArea" + special, amount, placement.quantity(), part.widthMm(),
                part.heightMm(), material.kerfMm(), material.partGapMm(), squareMetres,
                material.pricePerSquareMetre());
    }

    /** By speed: cut length × quantity ÷ speed ÷ 60 = minutes × rate. Per metre: metres × price. */
    private static void addCutting(List<PriceLine> lines, MaterialPrices material, LayoutMeasures part,
            int quantity) {
        if (part.cutLengthMm().signum() == 0) {
            return;
        }
        BigDecimal totalMm = part.cutLengthMm().multiply(BigDecimal.valueOf(quantity));
        if (material.cutting() instanceof CuttingTariff.BySpeed bySpeed) {
            BigDecimal minutes = totalMm.divide(bySpeed.speedMmPerSecond().multiply(SECONDS_PER_MINUTE),
                    DIVISION_SCALE, RoundingMode.HALF_UP);
            BigDecimal amount = minutes.multiply(bySpeed.pricePerMinute());
            lines.add(PriceLine.of("pricing.line.cuttingBySpeed", amount, part.cutLengthMm(), quantity,
                    bySpeed.speedMmPerSecond(), minutes, bySpeed.pricePerMinute()));
        } else if (material.cutting() instanceof CuttingTariff.PerMetre perMetre) {
            BigDecimal metres = totalMm.movePointLeft(3);
            BigDecimal amount = metres.multiply(perMetre.pricePerMetre());
            lines.add(PriceLine.of("pricing.line.cuttingPerMetre", amount, part.cutLengthMm(), quantity, metres,
                    perMetre.pricePerMetre()));
        } else {
            throw new PricingException("pricing.error.missingCuttingPrice");
        }
    }

    /** Pierces of one part × quantity × price per pierce; no line when pierces are not charged. */
    private static void addPierces(List<PriceLine> lines, MaterialPrices material, LayoutMeasures part,
            int quantity) {
        if (material.pricePerPierce() == null || part.pierces() == 0) {
            return;
        }
        BigDecimal amount = BigDecimal.valueOf((long) part.pierces() * quantity).multiply(material.pricePerPierce());
        lines.add(PriceLine.of("pricing.line.pierces", amount, part.pierces(), quantity, material.pricePerPierce()));
    }

    /**
     * Engraved lines: length × line width ÷ 100 = cm² per part. Engraved area: mm² ÷ 100 = cm² per
     * part. Each × quantity × price per cm², one line each.
     */
    private static void addEngraving(List<PriceLine> lines, MaterialPrices material, LayoutMeasures part,
            int quantity) {
        boolean hasLines = part.engravingLengthMm().signum() > 0;
        boolean hasArea = part.engravingAreaMm2().signum() > 0;
        if (!hasLines && !hasArea) {
            return;
        }
        BigDecimal price = material.engravingPricePerCm2();
        if (price == null) {
            throw new PricingException("pricing.error.missingEngravingPrice");
        }
        if (hasLines) {
            BigDecimal lineWidth = material.engravingLineWidthMm();
            if (lineWidth == null) {
                throw new PricingException("pricing.error.missingEngravingLineWidth");
            }
            BigDecimal squareCm = part.engravingLengthMm().multiply(lineWidth).movePointLeft(2);
            BigDecimal amount = squareCm.multiply(BigDecimal.valueOf(quantity)).multiply(price);
            lines.add(PriceLine.of("pricing.line.engravingLines", amount, part.engravingLengthMm(), lineWidth,
                    squareCm, quantity, price));
        }
        if (hasArea) {
            BigDecimal squareCm = part.engravingAreaMm2().movePointLeft(2);
            BigDecimal amount = squareCm.multiply(BigDecimal.valueOf(quantity)).multiply(price);
            lines.add(PriceLine.of("pricing.line.engravingArea", amount, squareCm, quantity, price));
        }
    }

    private static BigDecimal sum(List<PriceLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PriceLine line : lines) {
            sum = sum.add(line.amount());
        }
        return sum;
    }
}
