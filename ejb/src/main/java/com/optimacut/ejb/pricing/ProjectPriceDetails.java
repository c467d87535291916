package com.optimacut.ejb.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The price of a project as «Материалы» → «Подробнее» shows it.
 *
 * @param total the sum of the item totals, in roubles
 * @param totalLine «Итого по проекту …» in the caller's language
 * @param discount the applied discount, or {@code null}
 * @param discountedTotal the total after the discount, or the total without one
 * @param discountLine the discount's formula, or {@code null} without a discount
 * @param totalRecorded whether the total was stored on the project; it is not once an executor
 *     started work or the project is closed or refused
 */
public record ProjectPriceDetails(long projectId, List<ItemPriceDetails> items, BigDecimal total, String totalLine,
        ProjectDiscount discount, BigDecimal discountedTotal, String discountLine, boolean totalRecorded)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ProjectPriceDetails {
        items = List.copyOf(items);
    }
}
