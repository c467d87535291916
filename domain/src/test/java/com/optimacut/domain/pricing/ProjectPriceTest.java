package com.optimacut.domain.pricing;

import static com.optimacut.domain.pricing.PricingFixtures.money;
import static com.optimacut.domain.pricing.PricingFixtures.part;
import static com.optimacut.domain.pricing.PricingFixtures.plywoodBySheet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProjectPriceTest {

    private final PriceCalculator calculator = new PriceCalculator();

    private ProjectPrice twoItems() {
        MaterialPrices byArea = plywoodBySheet().basis(PricingBasis.AREA).pricePerSquareMetre(money("3000.00"))
                .build();
        ItemPrice bySheet = calculator.price(plywoodBySheet().build(), part("100", "200", "600", 0), 37);
        ItemPrice byAreaItem = calculator.price(byArea, part("100", "200", "0", 0), 37);
        return ProjectPrice.of(List.of(bySheet, byAreaItem));
    }

    @Test
    void totalSumsItemTotals() {
        // 4 944.00 + 2 293.80 (see PriceCalculatorTest)
        assertEquals(money("7237.80"), twoItems().total());
    }

    @Test
    void emptyProjectCostsNothing() {
        assertEquals(money("0.00"), ProjectPrice.of(List.of()).total());
    }

    @Test
    void discountedTotalAppliesPercent() {
        AppliedDiscount discount = AppliedDiscount.override(new DiscountProposal(List.of(), null), money("5"),
                "first order", "manager1", Instant.parse("2025-03-14T12:00:00Z"));

        // 7 237.80 × 5 % = 361.89; 7 237.80 − 361.89 = 6 875.91
        assertEquals(money("6875.91"), twoItems().discountedTotal(discount));
    }

    @Test
    void totalFormulaInEnglish() {
        assertEquals("Project total (2 items): 7,237.80 ₽", twoItems().formula(Locale.ENGLISH));
    }
}
