package com.optimacut.ejb.pricing;

import com.optimacut.domain.pricing.ItemPrice;
import com.optimacut.domain.pricing.PriceCalculator;
import com.optimacut.domain.pricing.PricingException;
import com.optimacut.domain.project.Item;
import com.optimacut.domain.project.Project;
import com.optimacut.ejb.common.BusinessException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices of a project's items from the catalogue and its client's special prices, without the
 * discount. {@link PricingService} and the demo data set both price through it, so a demo
 * project's total is the one «Подробнее» explains.
 */
public final class ItemPricing {

    private static final PriceCalculator CALCULATOR = new PriceCalculator();

    private ItemPricing() {
    }

    /**
     * Returns the price of each item, in the items' order.
     *
     * @throws BusinessException {@code pricing.item.incomplete} for an item without a layout or material
     * @throws PricingException when a part does not fit the sheet or the material lacks a price
     */
    public static List<ItemPrice> of(Project project) {
        var terms = PricingInputs.terms(project.getClient());
        List<ItemPrice> prices = new ArrayList<>();
        for (Item item : project.getItems()) {
            if (!item.isComplete()) {
                throw new BusinessException("pricing.item.incomplete", item.getPosition());
            }
            var material = item.getMaterial();
            var materialPrices = terms.pricesFor(material.getId(), PricingInputs.prices(material));
            prices.add(CALCULATOR.price(materialPrices, PricingInputs.measures(item), item.getQuantity()));
        }
        return prices;
    }
}
