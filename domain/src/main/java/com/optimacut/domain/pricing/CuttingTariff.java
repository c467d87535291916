package com.optimacut.domain.pricing;

import java.math.BigDecimal;

/** The charge for cutting a material: by machine time or by length of cut. */
public sealed interface CuttingTariff {

    /**
     * Machine time: cut length ÷ cutting speed gives the minutes, charged at the machine-minute rate.
     *
     * @param speedMmPerSecond the cutting speed for this material and thickness, mm/s, above zero
     * @param pricePerMinute the machine-minute rate in roubles, zero or more
     */
    record BySpeed(BigDecimal speedMmPerSecond, BigDecimal pricePerMinute) implements CuttingTariff {

        /** Rejects a speed that is missing or not positive and a rate that is missing or negative. */
        public BySpeed {
            Checks.positive(speedMmPerSecond, PricingField.cuttingSpeedMmPerSecond);
            Checks.notNegative(pricePerMinute, PricingField.pricePerMinute);
        }
    }

    /**
     * Length of cut: metres of cut × price per metre.
     *
     * @param pricePerMetre the price of one metre of cut in roubles, zero or more
     */
    record PerMetre(BigDecimal pricePerMetre) implements CuttingTariff {

        /** Rejects a price that is missing or negative. */
        public PerMetre {
            Checks.notNegative(pricePerMetre, PricingField.pricePerMetre);
        }
    }
}
