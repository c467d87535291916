package com.optimacut.domain.pricing;

/**
 * The inputs that validation messages name. {@link PricingMessages} shows each as the text of
 * {@code pricing.field.<constant name>}, so a Russian message names the field in Russian.
 */
enum PricingField {
    sheetWidthMm,
    sheetHeightMm,
    basis,
    pricePerSheet,
    pricePerSquareMetre,
    cuttingSpeedMmPerSecond,
    pricePerMinute,
    pricePerMetre,
    pricePerPierce,
    engravingPricePerCm2,
    engravingLineWidthMm,
    partGapMm,
    kerfMm,
    minimumCharge,
    partWidthMm,
    partHeightMm,
    cutLengthMm,
    pierces,
    engravingLengthMm,
    engravingAreaMm2,
    projectTotal,
    threshold,
    percent,
    closedOrders,
    closedOrdersSum;

    /** Returns the bundle key of this field's display name. */
    String key() {
        return "pricing.field." + name();
    }
}
