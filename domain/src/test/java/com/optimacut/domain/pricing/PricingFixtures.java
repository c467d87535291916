package com.optimacut.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;

/** Materials, parts and assertions shared by the pricing tests. */
final class PricingFixtures {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private PricingFixtures() {
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    /** A 1000 × 500 mm sheet at 1 500 ₽, gap 2 mm, kerf 0.2 mm, cutting 20 ₽ per metre. */
    static MaterialPrices.Builder plywoodBySheet() {
        return MaterialPrices.builder()
                .sheet(money("1000"), money("500"))
                .basis(PricingBasis.SHEET)
                .pricePerSheet(money("1500.00"))
                .partGapMm(money("2"))
                .kerfMm(money("0.2"))
                .cuttingPerMetre(money("20.00"));
    }

    /** Returns a part entered by hand, with no engraving. */
    static LayoutMeasures part(String widthMm, String heightMm, String cutLengthMm, int pierces) {
        return LayoutMeasures.manual(money(widthMm), money(heightMm), money(cutLengthMm), pierces, BigDecimal.ZERO);
    }

    /** Compares amounts by value, so 246.9 and 246.9000000000 are equal. */
    static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros(), actual.stripTrailingZeros());
    }

    /** Replaces the no-break spaces that Russian number formats group digits with by plain spaces. */
    static String plainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
