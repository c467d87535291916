package com.optimacut.domain.pricing;

import static com.optimacut.domain.pricing.PricingFixtures.money;
import static com.optimacut.domain.pricing.PricingFixtures.part;
import static com.optimacut.domain.pricing.PricingFixtures.plainSpaces;
import static com.optimacut.domain.pricing.PricingFixtures.plywoodBySheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetPlacementTest {

    private final MaterialPrices sheet = plywoodBySheet().build();

    @Test
    void uprightPartFillsGridWithGapAndKerf() {
        SheetPlacement placement = SheetPlacement.place(sheet, part("100", "200", "0", 0), 1);

        // columns ⌊(1000 + 2) ÷ (100 + 0.2 + 2)⌋ = ⌊9.80⌋ = 9, rows ⌊(500 + 2) ÷ (200 + 0.2 + 2)⌋ = ⌊2.48⌋ = 2;
        // turned: ⌊1002 ÷ 202.2⌋ × ⌊502 ÷ 102.2⌋ = 4 × 4 = 16, fewer, so the part stays upright.
        assertEquals(9, placement.columns());
        assertEquals(2, placement.rows());
        assertEquals(18, placement.partsPerSheet());
        assertFalse(placement.rotated());
    }

    @Test
    void partTurnsWhenMorePartsFit() {
        SheetPlacement placement = SheetPlacement.place(sheet, part("200", "100", "0", 0), 1);

        // upright ⌊1002 ÷ 202.2⌋ × ⌊502 ÷ 102.2⌋ = 4 × 4 = 16; turned ⌊1002 ÷ 102.2⌋ × ⌊502 ÷ 202.2⌋ = 9 × 2 = 18.
        assertTrue(placement.rotated());
        assertEquals(18, placement.partsPerSheet());
        assertEquals(money("100"), placement.placedWidthMm());
    }

    @Test
    void partFittingOnlyTurnedIsTurned() {
        SheetPlacement placement = SheetPlacement.place(sheet, part("400", "900", "0", 0), 1);

        // upright rows ⌊502 ÷ 902.2⌋ = 0; turned ⌊1002 ÷ 902.2⌋ × ⌊502 ÷ 402.2⌋ = 1 × 1 = 1.
        assertTrue(placement.rotated());
        assertEquals(1, placement.partsPerSheet());
    }

    @Test
    void pitchExactlyDividingSheetFits() {
        MaterialPrices noGap = plywoodBySheet().partGapMm(BigDecimal.ZERO).kerfMm(money("2")).build();

        // 10 parts of 98 mm with a 2 mm kerf take exactly 10 × (98 + 2) = 1000 mm.
        assertEquals(10, SheetPlacement.fit(noGap.sheetWidthMm(), money("98"), BigDecimal.ZERO, money("2")));
    }

    @Test
    void gapCostsOnePartAtBoundary() {
        // ⌊(1000 + 1) ÷ (98 + 2 + 1)⌋ = ⌊9.91⌋ = 9: ten parts would need 10 × 100 + 9 × 1 = 1009 mm.
        assertEquals(9, SheetPlacement.fit(money("1000"), money("98"), money("1"), money("2")));
    }

    @Test
    void partAsLargeAsSheetFitsWithoutKerf() {
        MaterialPrices noKerf = plywoodBySheet().partGapMm(money("5")).kerfMm(BigDecimal.ZERO).build();

        // ⌊(1000 + 5) ÷ (1000 + 0 + 5)⌋ × ⌊(500 + 5) ÷ (500 + 0 + 5)⌋ = 1 × 1.
        assertEquals(1, SheetPlacement.place(noKerf, part("1000", "500", "0", 0), 1).partsPerSheet());
    }

    @Test
    void sheetsRoundUp() {
        // 18 parts per sheet: ⌈37 ÷ 18⌉ = ⌈2.06⌉ = 3.
        assertEquals(3, SheetPlacement.place(sheet, part("100", "200", "0", 0), 37).sheets());
    }

    @Test
    void fullSheetsNeedNoExtraSheet() {
        // ⌈36 ÷ 18⌉ = 2.
        assertEquals(2, SheetPlacement.place(sheet, part("100", "200", "0", 0), 36).sheets());
    }

    @Test
    void partLargerThanSheetIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> SheetPlacement.place(sheet, part("1200", "600", "0", 0), 1));

        assertEquals("pricing.error.partDoesNotFit", error.key());
        assertEquals(List.of(money("1200"), money("600"), money("0.2"), money("1000"), money("500")),
                error.arguments());
    }

    @Test
    void partDoesNotFitMessageNamesSizes() {
        PricingException error = assertThrows(PricingException.class,
                () -> SheetPlacement.place(sheet, part("1200", "600", "0", 0), 1));

        String message = plainSpaces(error.getLocalizedMessage(PricingFixtures.RUSSIAN));
        assertTrue(message.contains("1 200 × 600 мм"), message);
        assertTrue(message.contains("1 000 × 500 мм"), message);
    }

    @Test
    void placementFormulaShowsGrid() {
        String formula = plainSpaces(SheetPlacement.place(sheet, part("100", "200", "0", 0), 37)
                .formula(PricingFixtures.RUSSIAN));

        assertTrue(formula.contains("⌊(1 000 + 2) ÷ (100 + 0,2 + 2)⌋"), formula);
        assertTrue(formula.endsWith("= 9 × 2 = 18 шт. на листе; листов на 37 шт.: ⌈37 ÷ 18⌉ = 3"), formula);
    }
}
