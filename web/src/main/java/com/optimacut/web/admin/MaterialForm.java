package com.optimacut.web.admin;

import com.optimacut.domain.material.CuttingPricing;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.material.SheetPricing;
import com.optimacut.ejb.catalog.MaterialData;
import java.io.Serializable;
import java.math.BigDecimal;

/** The values of a catalogue entry as the material dialog edits them; lengths in mm, money in roubles. */
public class MaterialForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private MaterialKind kind;
    private BigDecimal thicknessMm;
    private BigDecimal sheetWidthMm;
    private BigDecimal sheetHeightMm;
    private SheetPricing sheetPricing;
    private BigDecimal pricePerSheet;
    private BigDecimal pricePerM2;
    private CuttingPricing cuttingPricing;
    private BigDecimal cuttingSpeedMmPerS;
    private BigDecimal machineMinuteRate;
    private BigDecimal pricePerMetre;
    private BigDecimal pricePerPierce;
    private BigDecimal engravingPricePerCm2;
    private BigDecimal engravingLineWidthMm;
    private BigDecimal partGapMm;
    private BigDecimal kerfMm;
    private BigDecimal minimumCharge;

    /**
     * Returns a form for a new entry: priced per sheet and cut by time, as most entries are, with
     * zero for the prices and gaps that may be zero but not absent.
     */
    static MaterialForm blank() {
        MaterialForm form = new MaterialForm();
        form.sheetPricing = SheetPricing.PER_SHEET;
        form.cuttingPricing = CuttingPricing.BY_TIME;
        form.pricePerPierce = BigDecimal.ZERO;
        form.engravingPricePerCm2 = BigDecimal.ZERO;
        form.partGapMm = BigDecimal.ZERO;
        form.kerfMm = BigDecimal.ZERO;
        form.minimumCharge = BigDecimal.ZERO;
        return form;
    }

    static MaterialForm of(MaterialData data) {
        MaterialForm form = new MaterialForm();
        form.code = data.code();
        form.name = data.name();
        form.kind = data.kind();
        form.thicknessMm = data.thicknessMm();
        form.sheetWidthMm = data.sheetWidthMm();
        form.sheetHeightMm = data.sheetHeightMm();
        form.sheetPricing = data.sheetPricing();
        form.pricePerSheet = data.pricePerSheet();
        form.pricePerM2 = data.pricePerM2();
        form.cuttingPricing = data.cuttingPricing();
        form.cuttingSpeedMmPerS = data.cuttingSpeedMmPerS();
        form.machineMinuteRate = data.machineMinuteRate();
        form.pricePerMetre = data.pricePerMetre();
        form.pricePerPierce = data.pricePerPierce();
        form.engravingPricePerCm2 = data.engravingPricePerCm2();
        form.engravingLineWidthMm = data.engravingLineWidthMm();
        form.partGapMm = data.partGapMm();
        form.kerfMm = data.kerfMm();
        form.minimumCharge = data.minimumCharge();
        return form;
    }

    MaterialData toData() {
        return new MaterialData(code, name, kind, thicknessMm, sheetWidthMm, sheetHeightMm, sheetPricing, pricePerSheet, pricePerM2, cuttingPricing, cuttingSpeedMmPerS, machineMinuteRate, pricePerMetre, pricePerPierce, engravingPricePerCm2, engravingLineWidthMm, partGapMm, kerfMm, minimumCharge);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public void setKind(MaterialKind kind) {
        this.kind = kind;
    }

    public BigDecimal getThicknessMm() {
        return thicknessMm;
    }

    public void setThicknessMm(BigDecimal thicknessMm) {
        this.thicknessMm = thicknessMm;
    }

    public BigDecimal getSheetWidthMm() {
        return sheetWidthMm;
    }

    public void setSheetWidthMm(BigDecimal sheetWidthMm) {
        this.sheetWidthMm = sheetWidthMm;
    }

    public BigDecimal getSheetHeightMm() {
        return sheetHeightMm;
    }

    public void setSheetHeightMm(BigDecimal sheetHeightMm) {
        this.sheetHeightMm = sheetHeightMm;
    }

    public SheetPricing getSheetPricing() {
        return sheetPricing;
    }

    public void setSheetPricing(SheetPricing sheetPricing) {
        this.sheetPricing = sheetPricing;
    }

    public BigDecimal getPricePerSheet() {
        return pricePerSheet;
    }

    public void setPricePerSheet(BigDecimal pricePerSheet) {
        this.pricePerSheet = pricePerSheet;
    }

    public BigDecimal getPricePerM2() {
        return pricePerM2;
    }

    public void setPricePerM2(BigDecimal pricePerM2) {
        this.pricePerM2 = pricePerM2;
    }

    public CuttingPricing getCuttingPricing() {
        return cuttingPricing;
    }

    public void setCuttingPricing(CuttingPricing cuttingPricing) {
        this.cuttingPricing = cuttingPricing;
    }

    public BigDecimal getCuttingSpeedMmPerS() {
        return cuttingSpeedMmPerS;
    }

    public void setCuttingSpeedMmPerS(BigDecimal cuttingSpeedMmPerS) {
        this.cuttingSpeedMmPerS = cuttingSpeedMmPerS;
    }

    public BigDecimal getMachineMinuteRate() {
        return machineMinuteRate;
    }

    public void setMachineMinuteRate(BigDecimal machineMinuteRate) {
        this.machineMinuteRate = machineMinuteRate;
    }

    public BigDecimal getPricePerMetre() {
        return pricePerMetre;
    }

    public void setPricePerMetre(BigDecimal pricePerMetre) {
        this.pricePerMetre = pricePerMetre;
    }

    public BigDecimal getPricePerPierce() {
        return pricePerPierce;
    }

    public void setPricePerPierce(BigDecimal pricePerPierce) {
        this.pricePerPierce = pricePerPierce;
    }

    public BigDecimal getEngravingPricePerCm2() {
        return engravingPricePerCm2;
    }

    public void setEngravingPricePerCm2(BigDecimal engravingPricePerCm2) {
        this.engravingPricePerCm2 = engravingPricePerCm2;
    }

    public BigDecimal getEngravingLineWidthMm() {
        return engravingLineWidthMm;
    }

    public void setEngravingLineWidthMm(BigDecimal engravingLineWidthMm) {
        this.engravingLineWidthMm = engravingLineWidthMm;
    }

    public BigDecimal getPartGapMm() {
        return partGapMm;
    }

    public void setPartGapMm(BigDecimal partGapMm) {
        this.partGapMm = partGapMm;
    }

    public BigDecimal getKerfMm() {
        return kerfMm;
    }

    public void setKerfMm(BigDecimal kerfMm) {
        this.kerfMm = kerfMm;
    }

    public BigDecimal getMinimumCharge() {
        return minimumCharge;
    }

    public void setMinimumCharge(BigDecimal minimumCharge) {
        this.minimumCharge = minimumCharge;
    }
}
