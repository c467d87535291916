package com.optimacut.domain.client;

import com.optimacut.domain.shared.DomainRuleException;
import java.math.BigDecimal;

/** Checks of discount percentages, stored as {@code numeric(5,2)}. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /**
     * Returns {@code percent} unchanged, or {@code null} when it is {@code null}.
     *
     * @throws DomainRuleException {@code discount.percent.range} (the value) unless it is from 0
     *     to 100 with at most two decimals
     */
    public static BigDecimal checkOptional(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        boolean inRange = percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
        if (!inRange || percent.stripTrailingZeros().scale() > 2) {
            throw new DomainRuleException("discount.percent.range", percent);
        }
        return percent;
    }
}
