package com.optimacut.domain.pricing;

import java.math.BigDecimal;

/**
 * A client tier such as «Постоянный клиент». A client reaches it by at least
 * {@code minimumClosedOrders} closed orders or closed orders worth at least
 * {@code minimumClosedOrdersSum} roubles, whichever is set; a tier with neither threshold is reached
 * only when the client's profile names it.
 *
 * @param code the identifier the client's profile refers to
 * @param name the name shown to managers, as the workshop wrote it
 * @param percent the discount, 0–100
 * @param minimumClosedOrders the closed orders that reach the tier, or {@code null}
 * @param minimumClosedOrdersSum the sum of closed orders that reaches the tier, or {@code null}
 */
public record ClientTier(String code, String name, BigDecimal percent, Integer minimumClosedOrders,
        BigDecimal minimumClosedOrdersSum) {

    /** Rejects a blank code, a percentage outside 0–100 and negative thresholds. */
    public ClientTier {
        if (code == null || code.isBlank()) {
            throw new PricingException("pricing.error.missingTierCode");
        }
        name = name == null || name.isBlank() ? code : name;
        Checks.percent(percent, PricingField.percent);
        if (minimumClosedOrders != null && minimumClosedOrders < 0) {
            throw new PricingException("pricing.error.negative", PricingField.closedOrders, minimumClosedOrders);
        }
        Checks.optionalNotNegative(minimumClosedOrdersSum, PricingField.closedOrdersSum);
    }

    /** Returns whether {@code history} reaches this tier by the number of closed orders. */
    boolean reachedByOrders(ClientHistory history) {
        return minimumClosedOrders != null && history.closedOrders() >= minimumClosedOrders;
    }

    /** Returns whether {@code history} reaches this tier by the sum of closed orders. */
    boolean reachedBySum(ClientHistory history) {
        return minimumClosedOrdersSum != null && history.closedOrdersSum().compareTo(minimumClosedOrdersSum) >= 0;
    }
}
