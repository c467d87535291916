package com.optimacut.domain.pricing;

import java.math.BigDecimal;

/**
 * The client's closed orders, which decide the client tier.
 *
 * @param closedOrders the number of the client's projects in status CLOSED, zero or more
 * @param closedOrdersSum the sum of their totals after discount, in roubles, zero or more
 */
public record ClientHistory(int closedOrders, BigDecimal closedOrdersSum) {

    /** A client with no closed orders. */
    public static final ClientHistory NONE = new ClientHistory(0, BigDecimal.ZERO);

    /** Rejects negative values and a missing sum. */
    public ClientHistory {
        if (closedOrders < 0) {
            throw new PricingException("pricing.error.negative", PricingField.closedOrders, closedOrders);
        }
        Checks.notNegative(closedOrdersSum, PricingField.closedOrdersSum);
    }
}
