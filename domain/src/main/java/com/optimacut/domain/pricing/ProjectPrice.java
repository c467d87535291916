package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The price of a project: its items and their sum. Item totals are already in kopecks, so the sum
 * needs no further rounding.
 *
 * @param items the priced items
 * @param total the sum of the item totals, scale 2
 */
public record ProjectPrice(List<ItemPrice> items, BigDecimal total) {

    /** Copies the items so the price stays immutable. */
    public ProjectPrice {
        items = List.copyOf(items);
    }

    /** Sums the totals of {@code items}; an empty project costs 0.00. */
    public static ProjectPrice of(List<ItemPrice> items) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ItemPrice item : items) {
            total = total.add(item.total());
        }
        return new ProjectPrice(items, total);
    }

    /** Returns the total after {@code discount}, rounded as {@link AppliedDiscount#amountOf} states. */
    public BigDecimal discountedTotal(AppliedDiscount discount) {
        return discount.discountedTotal(total);
    }

    /** Renders «Итого по проекту: …» in {@code locale}. */
    public String formula(Locale locale) {
        return PricingMessages.format(locale, "pricing.line.projectTotal", items.size(), total);
    }
}
