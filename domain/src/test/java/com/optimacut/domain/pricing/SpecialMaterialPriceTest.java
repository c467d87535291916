package com.optimacut.domain.pricing;

import static com.optimacut.domain.pricing.PricingFixtures.money;
import static com.optimacut.domain.pricing.PricingFixtures.plywoodBySheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecialMaterialPriceTest {

    private static final long PLYWOOD_ID = 7L;

    private final MaterialPrices catalogue = plywoodBySheet().build();
    private final ClientTerms terms = new ClientTerms(null, null,
            Map.of(PLYWOOD_ID, new SpecialMaterialPrice(money("1200.00"), null)));

    @Test
    void specialPriceReplacesSheetPrice() {
        MaterialPrices prices = terms.pricesFor(PLYWOOD_ID, catalogue);

        assertEquals(money("1200.00"), prices.pricePerSheet());
        assertTrue(prices.specialPrice());
    }

    @Test
    void specialPriceKeepsCuttingRate() {
        assertEquals(catalogue.cutting(), terms.pricesFor(PLYWOOD_ID, catalogue).cutting());
    }

    @Test
    void otherMaterialKeepsCataloguePrice() {
        assertSame(catalogue, terms.pricesFor(8L, catalogue));
    }

    @Test
    void areaPriceOnSheetMaterialIsNotMarkedSpecial() {
        MaterialPrices prices = new SpecialMaterialPrice(null, money("900.00")).applyTo(catalogue);

        assertFalse(prices.specialPrice());
    }

    @Test
    void specialPriceLowersItemTotal() {
        ItemPrice price = new PriceCalculator().price(terms.pricesFor(PLYWOOD_ID, catalogue),
                PricingFixtures.part("100", "200", "600", 0), 37);

        // 3 sheets × 1 200.00 + 22.2 m × 20.00 = 3 600.00 + 444.00
        assertEquals(money("4044.00"), price.total());
    }

    @Test
    void emptySpecialPriceIsRejected() {
        PricingException error = assertThrows(PricingException.class, () -> new SpecialMaterialPrice(null, null));

        assertEquals("pricing.error.emptySpecialPrice", error.key());
    }
}
