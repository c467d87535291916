package com.optimacut.domain.pricing;

import static com.optimacut.domain.pricing.PricingFixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.domain.layout.LayoutAnalysis;
import com.optimacut.domain.layout.LayoutFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutMeasuresTest {

    private static LayoutAnalysis analysis(double cutLengthMm) {
        return new LayoutAnalysis("plate.dxf", LayoutFormat.DXF, cutLengthMm, 3, 0, 120.004, 80.005, 9000.0, 250.0,
                "mm", List.of());
    }

    @Test
    void analysisMeasuresRoundToHundredthMillimetre() {
        LayoutMeasures measures = LayoutMeasures.fromAnalysis(analysis(1234.5678));

        assertEquals(money("1234.57"), measures.cutLengthMm());
        // 120.004 → 120; 80.005 → 80.01 (half-up)
        assertEquals(money("120"), measures.widthMm());
        assertEquals(money("80.01"), measures.heightMm());
    }

    @Test
    void analysisContoursArePierces() {
        assertEquals(3, LayoutMeasures.fromAnalysis(analysis(100)).pierces());
    }

    @Test
    void analysisEngravingIsLength() {
        assertEquals(money("250"), LayoutMeasures.fromAnalysis(analysis(100)).engravingLengthMm());
    }

    @Test
    void nanCutLengthIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> LayoutMeasures.fromAnalysis(analysis(Double.NaN)));

        assertEquals("pricing.error.invalidMeasure", error.key());
    }

    @Test
    void boundingBoxOnlyCutsPerimeter() {
        LayoutMeasures blank = LayoutMeasures.manualBoundingBox(money("100"), money("50"));

        // 2 × (100 + 50) = 300 mm, one pierce
        assertEquals(money("300"), blank.cutLengthMm());
        assertEquals(1, blank.pierces());
    }

    @Test
    void boundingBoxDetailsExplainEstimate() {
        LayoutMeasures blank = LayoutMeasures.manualBoundingBox(money("100"), money("50"));
        ItemPrice price = new PriceCalculator().price(PricingFixtures.plywoodBySheet().build(), blank, 1);

        String note = price.details(PricingFixtures.RUSSIAN).get(1);
        assertEquals("Длина реза не указана и принята равной периметру габарита: 2 × (100 + 50) = 300 мм, одна врезка.",
                note);
    }

    @Test
    void zeroWidthIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> PricingFixtures.part("0", "50", "10", 1));

        assertEquals("pricing.error.notPositive", error.key());
    }
}
