package com.optimacut.domain.pricing;

import java.math.BigDecimal;

/**
 * A client's special price for one material, from «Специальные условия и цены». Each price that is
 * set replaces the catalogue's; cutting, pierce and engraving rates stay the catalogue's.
 *
 * @param pricePerSheet the client's price of one sheet, or {@code null} to keep the catalogue's
 * @param pricePerSquareMetre the client's price of one m², or {@code null} to keep the catalogue's
 */
public record SpecialMaterialPrice(BigDecimal pricePerSheet, BigDecimal pricePerSquareMetre) {

    /** Rejects negative prices and a special price with no price at all. */
    public SpecialMaterialPrice {
        Checks.optionalNotNegative(pricePerSheet, PricingField.pricePerSheet);
        Checks.optionalNotNegative(pricePerSquareMetre, PricingField.pricePerSquareMetre);
        if (pricePerSheet == null && pricePerSquareMetre == null) {
            throw new PricingException("pricing.error.emptySpecialPrice");
        }
    }

    /**
     * Returns {@code catalogue} with these prices in place of its own. The result is marked as a
     * special price only when the price its basis uses was replaced.
     */
    public MaterialPrices applyTo(MaterialPrices catalogue) {
        MaterialPrices.Builder builder = catalogue.toBuilder();
        if (pricePerSheet != null) {
            builder.pricePerSheet(pricePerSheet);
        }
        if (pricePerSquareMetre != null) {
            builder.pricePerSquareMetre(pricePerSquareMetre);
        }
        boolean basisPriceReplaced = catalogue.basis() == PricingBasis.SHEET
                ? pricePerSheet != null
                : pricePerSquareMetre != null;
        return builder.specialPrice(catalogue.specialPrice() || basisPriceReplaced).build();
    }
}
