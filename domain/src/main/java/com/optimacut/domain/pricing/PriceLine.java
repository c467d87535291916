package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One line of an item's price: the bundle key of its formula, the numbers the formula was computed
 * from (the amount last), and the amount. The amount keeps its full scale because only the item
 * total is rounded; {@link #formula(Locale)} shows every number rounded half-up for display.
 *
 * @param key a {@code pricing.line.*} key of the {@code PricingMessages} bundle
 * @param arguments the numbers of the formula, in the order the pattern expects
 * @param amount the amount in roubles, unrounded
 */
public record PriceLine(String key, List<Object> arguments, BigDecimal amount) {

    /** Copies the arguments so the line stays immutable. */
    public PriceLine {
        arguments = List.copyOf(arguments);
    }

    static PriceLine of(String key, BigDecimal amount, Object... numbers) {
        Object[] withAmount = Arrays.copyOf(numbers, numbers.length + 1);
        withAmount[numbers.length] = amount;
        return new PriceLine(key, Arrays.asList(withAmount), amount);
    }

    /** Returns the amount rounded half-up to kopecks, as the line is shown. */
    public BigDecimal displayedAmount() {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Renders the line in {@code locale}, for example «Резка: 1 234,5 мм × 10 шт. ÷ 25 мм/с =
     * 8,23 мин × 30,00 ₽/мин = 246,90 ₽». Russian when the bundle has no such language.
     */
    public String formula(Locale locale) {
        return PricingMessages.format(locale, key, arguments.toArray());
    }
}
