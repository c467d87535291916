package com.optimacut.ejb.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The price of one item with its calculation.
 *
 * @param position the 1-based place of the item in its project
 * @param partsPerSheet how many parts fit on one sheet
 * @param sheets the sheets needed for the quantity
 * @param total the item total in roubles, rounded half-up to kopecks
 * @param details the lines of «Подробнее»: placement, cost lines with their formulas, total
 */
public record ItemPriceDetails(long itemId, int position, String materialName, String fileName, int quantity,
        long partsPerSheet, int sheets, BigDecimal total, List<String> details) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ItemPriceDetails {
        details = List.copyOf(details);
    }
}
