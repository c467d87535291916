package com.optimacut.domain.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.shared.DomainRuleException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaterialTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** «Фанера ФК 4 мм»: 1525 × 1525 mm, 450 ₽ a sheet, cut by machine time. */
    private static Material plywood() {
        Material material = new Material("PLY-FK-4", "Фанера ФК 4 мм", MaterialKind.PLYWOOD, dec("4"), dec("1525"),
                dec("1525"));
        material.setSheetPrices(SheetPricing.PER_SHEET, dec("450.00"), null);
        material.setCuttingPricing(CuttingPricing.BY_TIME);
        material.setCuttingByTime(dec("25"), dec("30.00"));
        material.setPricePerPierce(dec("0.50"));
        material.setEngravingPricePerCm2(dec("0.05"));
        material.setGapAndKerf(dec("3"), dec("0.15"));
        material.setMinimumCharge(dec("500.00"));
        return material;
    }

    @Test
    void completeEntryIsValid() {
        assertEquals(List.of(), plywood().validate());
    }

    @Test
    void zeroThicknessIsOutOfRange() {
        Material material = plywood();
        material.setThicknessMm(BigDecimal.ZERO);

        assertEquals(List.of("material.thickness.range"), material.validate());
    }

    @Test
    void tinySheetIsOutOfRange() {
        Material material = plywood();
        material.setSheetSize(dec("5"), dec("1525"));

        assertEquals(List.of("material.sheetSize.range"), material.validate());
    }

    @Test
    void perSheetWithoutPriceIsInvalid() {
        Material material = plywood();
        material.setSheetPrices(SheetPricing.PER_SHEET, null, dec("190.00"));

        assertEquals(List.of("material.pricePerSheet.range"), material.validate());
    }

    @Test
    void perAreaNeedsOnlyAreaPrice() {
        Material material = plywood();
        material.setSheetPrices(SheetPricing.PER_AREA, null, dec("190.00"));

        assertEquals(List.of(), material.validate());
    }

    @Test
    void priceWithThreeDecimalsIsInvalid() {
        Material material = plywood();
        material.setSheetPrices(SheetPricing.PER_SHEET, dec("450.001"), null);

        assertEquals(List.of("material.pricePerSheet.range"), material.validate());
    }

    @Test
    void byTimeWithoutSpeedIsInvalid() {
        Material material = plywood();
        material.setCuttingByTime(null, dec("30.00"));

        assertEquals(List.of("material.cuttingSpeed.range"), material.validate());
    }

    @Test
    void byLengthNeedsPricePerMetre() {
        Material material = plywood();
        material.setCuttingPricing(CuttingPricing.BY_LENGTH);

        assertEquals(List.of("material.pricePerMetre.range"), material.validate());
    }

    @Test
    void hugeKerfIsOutOfRange() {
        Material material = plywood();
        material.setGapAndKerf(dec("3"), dec("11"));

        assertEquals(List.of("material.kerf.range"), material.validate());
    }

    @Test
    void negativePiercePriceIsOutOfRange() {
        Material material = plywood();
        material.setPricePerPierce(dec("-1"));

        assertEquals(List.of("material.pricePerPierce.range"), material.validate());
    }

    @Test
    void hairlineEngravingWidthIsOutOfRange() {
        Material material = plywood();
        material.setEngravingLineWidthMm(dec("0.001"));

        assertEquals(List.of("material.engravingLineWidth.range"), material.validate());
    }

    @Test
    void codeWithSpaceIsInvalid() {
        Material material = plywood();
        material.setCode("PLY 4");

        assertEquals(List.of("material.code.invalid"), material.validate());
    }

    @Test
    void everyViolationIsListed() {
        Material material = new Material(null, " ", null, null, null, null);

        List<String> violations = material.validate();

        assertTrue(violations.containsAll(List.of("material.code.invalid", "material.name.invalid",
                "material.kind.required", "material.thickness.range", "material.sheetSize.range",
                "material.pricePerSheet.range", "material.cuttingSpeed.range", "material.machineMinuteRate.range")),
                violations.toString());
    }

    @Test
    void checkValidThrowsFirstViolation() {
        Material material = plywood();
        material.setThicknessMm(dec("500"));

        DomainRuleException e = assertThrows(DomainRuleException.class, material::checkValid);

        assertEquals("material.thickness.range", e.getKey());
    }

    @Test
    void sheetAreaIsInSquareMetres() {
        assertEquals(0, dec("2.325625").compareTo(plywood().sheetAreaM2()));
    }
}
