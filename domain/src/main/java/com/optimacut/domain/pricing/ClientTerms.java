package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The discount settings of one client's profile.
 *
 * @param assignedTierCode the client tier set by hand in the profile, which replaces the tier the
 *     closed orders reach; {@code null} when the orders decide
 * @param individualPercent the percentage of «Специальные условия и цены», 0–100, or {@code null}
 * @param specialPrices the special prices of «Специальные условия и цены», by material id
 */
public record ClientTerms(String assignedTierCode, BigDecimal individualPercent,
        Map<Long, SpecialMaterialPrice> specialPrices) {

    /** A client with no tier set, no individual percentage and no special prices. */
    public static final ClientTerms NONE = new ClientTerms(null, null, Map.of());

    /** Rejects a percentage outside 0–100 and copies the special prices. */
    public ClientTerms {
        if (assignedTierCode != null && assignedTierCode.isBlank()) {
            assignedTierCode = null;
        }
        if (individualPercent != null) {
            Checks.percent(individualPercent, PricingField.percent);
        }
        specialPrices = Map.copyOf(specialPrices);
    }

    /**
     * Returns the prices this client pays for material {@code materialId}: {@code catalogue} with the
     * client's special price applied, or {@code catalogue} itself when there is none. Call it before
     * {@link PriceCalculator#price}, because special prices replace catalogue prices, not discount them.
     */
    public MaterialPrices pricesFor(long materialId, MaterialPrices catalogue) {
        SpecialMaterialPrice special = specialPrices.get(materialId);
        return special == null ? catalogue : special.applyTo(catalogue);
    }
}
