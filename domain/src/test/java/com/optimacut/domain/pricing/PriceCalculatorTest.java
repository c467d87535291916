package com.optimacut.domain.pricing;

import static com.optimacut.domain.pricing.PricingFixtures.assertAmount;
import static com.optimacut.domain.pricing.PricingFixtures.money;
import static com.optimacut.domain.pricing.PricingFixtures.part;
import static com.optimacut.domain.pricing.PricingFixtures.plywoodBySheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private final PriceCalculator calculator = new PriceCalculator();

    private static PriceLine line(ItemPrice price, String key) {
        return price.lines().stream().filter(line -> line.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> keys(ItemPrice price) {
        return price.lines().stream().map(PriceLine::key).toList();
    }

    @Test
    void sheetPricingChargesWholeSheets() {
        ItemPrice price = calculator.price(plywoodBySheet().build(), part("100", "200", "600", 0), 37);

        // 18 parts per sheet, ⌈37 ÷ 18⌉ = 3 sheets × 1 500.00 = 4 500.00
        assertAmount("4500.00", line(price, "pricing.line.materialSheet").amount());
        // 600 mm × 37 = 22 200 mm = 22.2 m × 20.00 = 444.00
        assertAmount("444.00", line(price, "pricing.line.cuttingPerMetre").amount());
        // 4 500.00 + 444.00
        assertEquals(money("4944.00"), price.total());
    }

    @Test
    void areaPricingChargesOccupiedCells() {
        MaterialPrices byArea = plywoodBySheet().basis(PricingBasis.AREA).pricePerSheet(null)
                .pricePerSquareMetre(money("3000.00")).build();

        ItemPrice price = calculator.price(byArea, part("100", "200", "0", 0), 37);

        // (100 + 0.2 + 2) × (200 + 0.2 + 2) = 20 664.84 mm² × 37 = 764 599.08 mm² = 0.76459908 m²
        // × 3 000.00 = 2 293.79724
        assertAmount("2293.79724", line(price, "pricing.line.materialArea").amount());
        // 2 293.79724 rounded half-up to kopecks
        assertEquals(money("2293.80"), price.total());
    }

    @Test
    void speedCuttingChargesMachineMinutes() {
        MaterialPrices bySpeed = plywoodBySheet().cuttingBySpeed(money("25"), money("30.00")).build();

        ItemPrice price = calculator.price(bySpeed, part("100", "100", "1234.5", 0), 10);

        // 1 234.5 mm × 10 = 12 345 mm ÷ 25 mm/s = 493.8 s = 8.23 min × 30.00 = 246.90
        assertAmount("246.90", line(price, "pricing.line.cuttingBySpeed").amount());
    }

    @Test
    void perMetreCuttingChargesLength() {
        ItemPrice price = calculator.price(plywoodBySheet().build(), part("100", "100", "1234.5", 0), 10);

        // 1 234.5 mm × 10 = 12 345 mm = 12.345 m × 20.00 = 246.90
        assertAmount("246.90", line(price, "pricing.line.cuttingPerMetre").amount());
    }

    @Test
    void piercesChargedPerContourAndPart() {
        MaterialPrices withPierces = plywoodBySheet().pricePerPierce(money("1.50")).build();

        ItemPrice price = calculator.price(withPierces, part("100", "100", "400", 4), 10);

        // 4 pierces × 10 parts × 1.50 = 60.00
        assertAmount("60.00", line(price, "pricing.line.pierces").amount());
    }

    @Test
    void piercesWithoutPriceAddNoLine() {
        ItemPrice price = calculator.price(plywoodBySheet().build(), part("100", "100", "400", 4), 10);

        assertEquals(List.of("pricing.line.materialSheet", "pricing.line.cuttingPerMetre"), keys(price));
    }

    @Test
    void engravedLinesUseLineWidth() {
        MaterialPrices engraving = plywoodBySheet().engraving(money("2.00"), money("0.3")).build();
        LayoutMeasures engraved = new LayoutMeasures(money("100"), money("100"), money("400"), 1, money("500"),
                BigDecimal.ZERO, LayoutMeasures.Source.ANALYSIS);

        ItemPrice price = calculator.price(engraving, engraved, 10);

        // 500 mm × 0.3 mm = 150 mm² = 1.5 cm² × 10 × 2.00 = 30.00
        assertAmount("30.00", line(price, "pricing.line.engravingLines").amount());
    }

    @Test
    void engravedAreaChargedPerSquareCentimetre() {
        MaterialPrices engraving = plywoodBySheet().engraving(money("2.00"), null).build();
        LayoutMeasures engraved = LayoutMeasures.manual(money("100"), money("100"), money("400"), 1, money("1250"));

        ItemPrice price = calculator.price(engraving, engraved, 10);

        // 1 250 mm² = 12.5 cm² × 10 × 2.00 = 250.00
        assertAmount("250.00", line(price, "pricing.line.engravingArea").amount());
    }

    @Test
    void minimumChargeTopsUpCheapItem() {
        MaterialPrices cheap = plywoodBySheet().pricePerSheet(money("100.00")).minimumCharge(money("500.00")).build();

        ItemPrice price = calculator.price(cheap, part("100", "100", "400", 1), 1);

        // 1 sheet × 100.00 + 0.4 m × 20.00 = 108.00; top-up 500.00 − 108.00 = 392.00
        assertAmount("392.00", line(price, "pricing.line.minimumCharge").amount());
        assertEquals(money("500.00"), price.total());
    }

    @Test
    void minimumChargeBelowSubtotalAddsNothing() {
        MaterialPrices cheap = plywoodBySheet().pricePerSheet(money("100.00")).minimumCharge(money("50.00")).build();

        ItemPrice price = calculator.price(cheap, part("100", "100", "400", 1), 1);

        // 100.00 + 8.00 = 108.00, above the 50.00 minimum
        assertEquals(money("108.00"), price.total());
        assertEquals(2, price.lines().size());
    }

    @Test
    void totalRoundsHalfUpAtKopeck() {
        MaterialPrices material = plywoodBySheet().pricePerSheet(money("100.00")).cuttingPerMetre(money("1.00"))
                .build();

        ItemPrice price = calculator.price(material, part("100", "100", "5", 0), 1);

        // 100.00 + 5 mm = 0.005 m × 1.00 = 100.005, half-up 100.01 (half-even would give 100.00)
        assertEquals(money("100.01"), price.total());
    }

    @Test
    void linesRoundedOnlyAtItemTotal() {
        MaterialPrices material = plywoodBySheet().pricePerSheet(money("100.00")).cuttingPerMetre(money("1.00"))
                .pricePerPierce(money("0.004")).build();

        ItemPrice price = calculator.price(material, part("100", "100", "4", 1), 1);

        // 100.00 + 0.004 m × 1.00 + 1 × 0.004 = 100.008 → 100.01; rounding each line first would give 100.00
        assertEquals(money("100.01"), price.total());
    }

    @Test
    void specialPriceUsesSpecialLine() {
        MaterialPrices special = plywoodBySheet().pricePerSheet(money("1200.00")).specialPrice(true).build();

        ItemPrice price = calculator.price(special, part("100", "200", "0", 0), 37);

        // 3 sheets × 1 200.00 = 3 600.00
        assertAmount("3600.00", line(price, "pricing.line.materialSheetSpecial").amount());
    }

    @Test
    void zeroQuantityIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> calculator.price(plywoodBySheet().build(), part("100", "100", "400", 1), 0));

        assertEquals("pricing.error.quantityNotPositive", error.key());
    }

    @Test
    void negativeQuantityIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> calculator.price(plywoodBySheet().build(), part("100", "100", "400", 1), -3));

        assertEquals(List.of(-3), error.arguments());
    }

    @Test
    void missingCuttingPriceIsRejected() {
        MaterialPrices uncut = plywoodBySheet().cutting(null).build();

        PricingException error = assertThrows(PricingException.class,
                () -> calculator.price(uncut, part("100", "100", "400", 1), 1));

        assertEquals("pricing.error.missingCuttingPrice", error.key());
    }

    @Test
    void missingEngravingPriceIsRejected() {
        LayoutMeasures engraved = LayoutMeasures.manual(money("100"), money("100"), money("400"), 1, money("10"));

        PricingException error = assertThrows(PricingException.class,
                () -> calculator.price(plywoodBySheet().build(), engraved, 1));

        assertEquals("pricing.error.missingEngravingPrice", error.key());
    }

    @Test
    void missingEngravingLineWidthIsRejected() {
        MaterialPrices engraving = plywoodBySheet().engraving(money("2.00"), null).build();
        LayoutMeasures engraved = new LayoutMeasures(money("100"), money("100"), money("400"), 1, money("500"),
                BigDecimal.ZERO, LayoutMeasures.Source.ANALYSIS);

        PricingException error = assertThrows(PricingException.class, () -> calculator.price(engraving, engraved, 1));

        assertEquals("pricing.error.missingEngravingLineWidth", error.key());
    }

    @Test
    void missingSheetPriceIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> plywoodBySheet().pricePerSheet(null).build());

        assertEquals("pricing.error.missingSheetPrice", error.key());
    }

    @Test
    void missingAreaPriceIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> plywoodBySheet().basis(PricingBasis.AREA).build());

        assertEquals("pricing.error.missingAreaPrice", error.key());
    }

    @Test
    void zeroSpeedIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> plywoodBySheet().cuttingBySpeed(BigDecimal.ZERO, money("30.00")));

        assertEquals("pricing.error.notPositive", error.key());
    }
}
