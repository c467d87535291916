package com.optimacut.domain.pricing;

import static com.optimacut.domain.pricing.PricingFixtures.money;
import static com.optimacut.domain.pricing.PricingFixtures.part;
import static com.optimacut.domain.pricing.PricingFixtures.plainSpaces;
import static com.optimacut.domain.pricing.PricingFixtures.plywoodBySheet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PriceLineTest {

    private static ItemPrice cutBySpeed() {
        MaterialPrices bySpeed = plywoodBySheet().cuttingBySpeed(money("25"), money("30.00")).build();
        return new PriceCalculator().price(bySpeed, part("100", "100", "1234.5", 0), 10);
    }

    @Test
    void cuttingFormulaInRussian() {
        String formula = plainSpaces(cutBySpeed().lines().get(1).formula(PricingFixtures.RUSSIAN));

        assertEquals("Резка: 1 234,5 мм × 10 шт. ÷ 25 мм/с = 8,23 мин × 30,00 ₽/мин = 246,90 ₽", formula);
    }

    @Test
    void cuttingFormulaInEnglish() {
        String formula = cutBySpeed().lines().get(1).formula(Locale.ENGLISH);

        assertEquals("Cutting: 1,234.5 mm × 10 pcs ÷ 25 mm/s = 8.23 min × 30.00 ₽/min = 246.90 ₽", formula);
    }

    @Test
    void russianIsDefaultOnEnglishJvm() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String formula = cutBySpeed().lines().get(1).formula(Locale.GERMAN);
            assertEquals("Резка", formula.substring(0, 5));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void displayRoundsHalfUp() {
        PriceLine line = PriceLine.of("pricing.line.pierces", money("0.125"), 1, 1, money("0.125"));

        // 0.125 shows as 0,13; the JDK's default half-even formatting would show 0,12
        assertEquals("Врезки: 1 × 1 шт. × 0,13 ₽ = 0,13 ₽", line.formula(PricingFixtures.RUSSIAN));
    }

    @Test
    void displayedAmountRoundsHalfUp() {
        assertEquals(money("0.13"), PriceLine.of("pricing.line.pierces", money("0.125")).displayedAmount());
    }

    @Test
    void lineKeepsAmountAsLastArgument() {
        PriceLine line = PriceLine.of("pricing.line.pierces", money("6.00"), 4, 1, money("1.50"));

        assertEquals(List.of(4, 1, money("1.50"), money("6.00")), line.arguments());
    }

    @Test
    void detailsListPlacementLinesAndTotal() {
        List<String> details = cutBySpeed().details(PricingFixtures.RUSSIAN);

        // placement, material, cutting, total
        assertEquals(4, details.size());
        assertEquals("Итого по изделию: 1 746,90 ₽ (сумма строк 1 746,90 ₽, округлена до копеек)",
                plainSpaces(details.get(3)));
    }

    @Test
    void areaFormulaShowsCell() {
        MaterialPrices byArea = plywoodBySheet().basis(PricingBasis.AREA).pricePerSquareMetre(money("3000.00"))
                .build();
        ItemPrice price = new PriceCalculator().price(byArea, part("100", "200", "0", 0), 37);

        assertEquals("Material: 37 pcs × (100 + 0.2 + 2) mm × (200 + 0.2 + 2) mm = 0.7646 m² × 3,000.00 ₽/m²"
                + " = 2,293.80 ₽", price.lines().get(0).formula(Locale.ENGLISH));
    }

    @Test
    void unknownKeyRendersKey() {
        assertEquals("pricing.line.unknown",
                new PriceLine("pricing.line.unknown", List.of(), BigDecimal.ONE).formula(Locale.ENGLISH));
    }
}
