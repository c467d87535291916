package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One discount that applies to a project, with why it applies.
 *
 * @param source the rule it comes from
 * @param percent the discount, 0–100
 * @param key a {@code pricing.discount.*} key that explains it
 * @param arguments the numbers and names of the explanation
 */
public record ProposedDiscount(DiscountSource source, BigDecimal percent, String key, List<Object> arguments) {

    /** Copies the arguments so the discount stays immutable. */
    public ProposedDiscount {
        arguments = List.copyOf(arguments);
    }

    /** Renders why the discount applies, for example «Объём проекта от 50 000,00 ₽: 5 %». */
    public String describe(Locale locale) {
        return PricingMessages.format(locale, key, arguments.toArray());
    }
}
