package com.optimacut.domain.pricing;

import java.math.BigDecimal;

/**
 * A volume discount: a project whose total is at least {@code threshold} roubles gets {@code percent}.
 *
 * @param threshold the least project total, in roubles, zero or more
 * @param percent the discount, 0–100
 */
public record VolumeTier(BigDecimal threshold, BigDecimal percent) {

    /** Rejects a missing or negative threshold and a percentage outside 0–100. */
    public VolumeTier {
        Checks.notNegative(threshold, PricingField.threshold);
        Checks.percent(percent, PricingField.percent);
    }
}
