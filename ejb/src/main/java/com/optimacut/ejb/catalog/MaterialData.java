package com.optimacut.ejb.catalog;

import com.optimacut.domain.material.CuttingPricing;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.material.SheetPricing;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The values of a catalogue entry as an administrator edits them. Lengths in mm, money in roubles;
 * the rules they must keep are listed by {@link MaterialService#validate}.
 */
public record MaterialData(String code, String name, MaterialKind kind, BigDecimal thicknessMm,
        BigDecimal sheetWidthMm, BigDecimal sheetHeightMm, SheetPricing sheetPricing, BigDecimal pricePerSheet,
        BigDecimal pricePerM2, CuttingPricing cuttingPricing, BigDecimal cuttingSpeedMmPerS,
        BigDecimal machineMinuteRate, BigDecimal pricePerMetre, BigDecimal pricePerPierce,
        BigDecimal engravingPricePerCm2, BigDecimal engravingLineWidthMm, BigDecimal partGapMm, BigDecimal kerfMm,
        BigDecimal minimumCharge) implements Serializable {

    private static final long serialVersionUID = 1L;

    static MaterialData of(Material m) {
        return new MaterialData(m.getCode(), m.getName(), m.getKind(), m.getThicknessMm(), m.getSheetWidthMm(),
                m.getSheetHeightMm(), m.getSheetPricing(), m.getPricePerSheet(), m.getPricePerM2(),
                m.getCuttingPricing(), m.getCuttingSpeedMmPerS(), m.getMachineMinuteRate(), m.getPricePerMetre(),
                m.getPricePerPierce(), m.getEngravingPricePerCm2(), m.getEngravingLineWidthMm(), m.getPartGapMm(),
                m.getKerfMm(), m.getMinimumCharge());
    }

    /** Creates an entity holding these values, not yet validated. */
    Material toNewMaterial() {
        Material material = new Material(code, name, kind, thicknessMm, sheetWidthMm, sheetHeightMm);
        copyTo(material);
        return material;
    }

    /** Replaces every value of {@code material} with these. */
    void copyTo(Material material) {
        material.setCode(code);
        material.setName(name);
        material.setKind(kind);
        material.setThicknessMm(thicknessMm);
        material.setSheetSize(sheetWidthMm, sheetHeightMm);
        material.setSheetPrices(sheetPricing, pricePerSheet, pricePerM2);
        material.setCuttingPricing(cuttingPricing);
        material.setCuttingByTime(cuttingSpeedMmPerS, machineMinuteRate);
        material.setPricePerMetre(pricePerMetre);
        material.setPricePerPierce(pricePerPierce);
        material.setEngravingPricePerCm2(engravingPricePerCm2);
        material.setEngravingLineWidthMm(engravingLineWidthMm);
        material.setGapAndKerf(partGapMm, kerfMm);
        material.setMinimumCharge(minimumCharge);
    }
}
