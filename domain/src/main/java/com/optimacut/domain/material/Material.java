package com.optimacut.domain.material;

import com.optimacut.domain.shared.DomainRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the material catalogue, such as «Фанера ФК 4 мм»: sheet stock with its size, its
 * prices and how it is cut.
 * <p>
 * An administrator edits an entry through the setters and then calls {@link #validate()} to list
 * the rules the values break; {@link #checkValid()} throws the first one. Money is in roubles with at
 * most two decimals, lengths in millimetres. A material is never deleted once used, because items
 * and competencies refer to it; {@link #deactivate()} hides it from new choices instead.
 */
@Entity
@Table(name = "material")
@NamedQuery(name = Material.ACTIVE, query = "select m from Material m where m.active = true order by m.name, m.id")
@NamedQuery(name = Material.ALL, query = "select m from Material m order by m.name, m.id")
@NamedQuery(name = Material.BY_CODE, query = "select m from Material m where m.code = :code")
public class Material {

    /** Active materials by name, for choosing one on an item or a competence. */
    public static final String ACTIVE = "Material.active";
    /** The whole catalogue by name, for the administrator. */
    public static final String ALL = "Material.all";
    /** The material with the integrators' code {@code :code}. */
    public static final String BY_CODE = "Material.byCode";

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    static final int MAX_NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "material_seq", sequenceName = "material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialKind kind;

    @Column(name = "thickness_mm", nullable = false, precision = 6, scale = 2)
    private BigDecimal thicknessMm;

    @Column(name = "sheet_width_mm", nullable = false, precision = 8, scale = 2)
    private BigDecimal sheetWidthMm;

    @Column(name = "sheet_height_mm", nullable = false, precision = 8, scale = 2)
    private BigDecimal sheetHeightMm;

    @Enumerated(EnumType.STRING)
    @Column(name = "sheet_pricing", nullable = false, length = 20)
    private SheetPricing sheetPricing = SheetPricing.PER_SHEET;

    @Column(name = "price_per_sheet", precision = 12, scale = 2)
    private BigDecimal pricePerSheet;

    @Column(name = "price_per_m2", precision = 12, scale = 2)
    private BigDecimal pricePerM2;

    @Enumerated(EnumType.STRING)
    @Column(name = "cutting_pricing", nullable = false, length = 20)
    private CuttingPricing cuttingPricing = CuttingPricing.BY_TIME;

    @Column(name = "cutting_speed_mm_s", precision = 8, scale = 2)
    private BigDecimal cuttingSpeedMmPerS;

    @Column(name = "machine_minute_rate", precision = 12, scale = 2)
    private BigDecimal machineMinuteRate;

    @Column(name = "price_per_metre", precision = 12, scale = 2)
    private BigDecimal pricePerMetre;

    @Column(name = "price_per_pierce", nullable = false, precision = 12, scale = 2)
    private BigDecimal pricePerPierce = BigDecimal.ZERO;

    @Column(name = "engraving_price_cm2", nullable = false, precision = 12, scale = 2)
    private BigDecimal engravingPricePerCm2 = BigDecimal.ZERO;

    @Column(name = "engraving_line_width_mm", precision = 6, scale = 3)
    private BigDecimal engravingLineWidthMm;

    @Column(name = "part_gap_mm", nullable = false, precision = 6, scale = 3)
    private BigDecimal partGapMm = BigDecimal.ZERO;

    @Column(name = "kerf_mm", nullable = false, precision = 6, scale = 3)
    private BigDecimal kerfMm = BigDecimal.ZERO;

    @Column(name = "minimum_charge", nullable = false, precision = 12, scale = 2)
    private BigDecimal minimumCharge = BigDecimal.ZERO;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Material() {
        // for JPA
    }

    /**
     * Creates an active entry with the identifying values; the prices and cutting parameters are
     * set next, and {@link #validate()} reports what is still missing.
     */
    public Material(String code, String name, MaterialKind kind, BigDecimal thicknessMm,
            BigDecimal sheetWidthMm, BigDecimal sheetHeightMm) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.thicknessMm = thicknessMm;
        this.sheetWidthMm = sheetWidthMm;
        this.sheetHeightMm = sheetHeightMm;
    }

    /**
     * Returns the keys of the rules that the current values break, in field order; an empty list
     * means the entry is valid. The ranges in {@link MaterialRanges} are estimates of what laser and
     * CNC workshops use; they reject zero, negative and absurdly large values.
     */
    public List<String> validate() {
        List<String> violations = new ArrayList<>();
        check(violations, code != null && CODE.matcher(code).matches(), "material.code.invalid");
        check(violations, name != null && !name.isBlank() && name.strip().length() <= MAX_NAME_LENGTH,
                "material.name.invalid");
        check(violations, kind != null, "material.kind.required");
        check(violations, MaterialRanges.THICKNESS.contains(thicknessMm), "material.thickness.range");
        check(violations, MaterialRanges.SHEET_SIDE.contains(sheetWidthMm)
                && MaterialRanges.SHEET_SIDE.contains(sheetHeightMm), "material.sheetSize.range");
        validateSheetPrices(violations);
        validateCutting(violations);
        check(violations, MaterialRanges.UNIT_PRICE.containsOrZero(pricePerPierce), "material.pricePerPierce.range");
        check(violations, MaterialRanges.UNIT_PRICE.containsOrZero(engravingPricePerCm2),
                "material.engravingPrice.range");
        check(violations, MaterialRanges.ENGRAVING_LINE_WIDTH.containsOrAbsent(engravingLineWidthMm),
                "material.engravingLineWidth.range");
        check(violations, MaterialRanges.PART_GAP.contains(partGapMm), "material.partGap.range");
        check(violations, MaterialRanges.KERF.contains(kerfMm), "material.kerf.range");
        check(violations, MaterialRanges.SHEET_PRICE.containsOrZero(minimumCharge), "material.minimumCharge.range");
        return violations;
    }

    /**
     * Checks the entry.
     *
     * @throws DomainRuleException with the first key that {@link #validate()} returns
     */
    public void checkValid() {
        List<String> violations = validate();
        if (!violations.isEmpty()) {
            throw new DomainRuleException(violations.get(0));
        }
    }

    private void validateSheetPrices(List<String> violations) {
        boolean perSheet = sheetPricing == SheetPricing.PER_SHEET;
        boolean perArea = sheetPricing == SheetPricing.PER_AREA;
        check(violations, sheetPricing != null, "material.sheetPricing.required");
        check(violations, perSheet ? MaterialRanges.SHEET_PRICE.contains(pricePerSheet)
                : MaterialRanges.SHEET_PRICE.containsOrAbsent(pricePerSheet), "material.pricePerSheet.range");
        check(violations, perArea ? MaterialRanges.SHEET_PRICE.contains(pricePerM2)
                : MaterialRanges.SHEET_PRICE.containsOrAbsent(pricePerM2), "material.pricePerM2.range");
    }

    private void validateCutting(List<String> violations) {
        boolean byTime = cuttingPricing == CuttingPricing.BY_TIME;
        boolean byLength = cuttingPricing == CuttingPricing.BY_LENGTH;
        check(violations, cuttingPricing != null, "material.cuttingPricing.required");
        check(violations, byTime ? MaterialRanges.CUTTING_SPEED.contains(cuttingSpeedMmPerS)
                : MaterialRanges.CUTTING_SPEED.containsOrAbsent(cuttingSpeedMmPerS), "material.cuttingSpeed.range");
        check(violations, byTime ? MaterialRanges.UNIT_PRICE.contains(machineMinuteRate)
                : MaterialRanges.UNIT_PRICE.containsOrAbsent(machineMinuteRate), "material.machineMinuteRate.range");
        check(violations, byLength ? MaterialRanges.UNIT_PRICE.contains(pricePerMetre)
                : MaterialRanges.UNIT_PRICE.containsOrAbsent(pricePerMetre), "material.pricePerMetre.range");
    }

    private static void check(List<String> violations, boolean passed, String key) {
        if (!passed) {
            violations.add(key);
        }
    }

    /** Hides the material from new items and competencies; existing ones keep it. */
    public void deactivate() {
        active = false;
    }

    /** Offers the material for new items and competencies again. */
    public void activate() {
        active = true;
    }

    /** Returns the sheet area in m², for pricing by area. */
    public BigDecimal sheetAreaM2() {
        return sheetWidthMm.multiply(sheetHeightMm).movePointLeft(6);
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public void setKind(MaterialKind kind) {
        this.kind = kind;
    }

    public void setThicknessMm(BigDecimal thicknessMm) {
        this.thicknessMm = thicknessMm;
    }

    /** Sets the sheet size; width and height are the sides of the sheet as it lies on the machine. */
    public void setSheetSize(BigDecimal widthMm, BigDecimal heightMm) {
        this.sheetWidthMm = widthMm;
        this.sheetHeightMm = heightMm;
    }

    /** Sets how the material is charged and both prices; the price of the other basis may be {@code null}. */
    public void setSheetPrices(SheetPricing pricing, BigDecimal perSheet, BigDecimal perM2) {
        this.sheetPricing = pricing;
        this.pricePerSheet = perSheet;
        this.pricePerM2 = perM2;
    }

    /** Sets the cutting speed and machine-minute rate, used when cutting is charged {@link CuttingPricing#BY_TIME}. */
    public void setCuttingByTime(BigDecimal speedMmPerS, BigDecimal minuteRate) {
        this.cuttingSpeedMmPerS = speedMmPerS;
        this.machineMinuteRate = minuteRate;
    }

    /** Sets the price per metre of cut, used when cutting is charged {@link CuttingPricing#BY_LENGTH}. */
    public void setPricePerMetre(BigDecimal pricePerMetre) {
        this.pricePerMetre = pricePerMetre;
    }

    public void setCuttingPricing(CuttingPricing cuttingPricing) {
        this.cuttingPricing = cuttingPricing;
    }

    public void setPricePerPierce(BigDecimal pricePerPierce) {
        this.pricePerPierce = pricePerPierce;
    }

    public void setEngravingPricePerCm2(BigDecimal engravingPricePerCm2) {
        this.engravingPricePerCm2 = engravingPricePerCm2;
    }

    /**
     * Sets the width of one engraved line in mm, which turns an analysed engraving length into an
     * area for the price per cm²; {@code null} when the material is not engraved by lines.
     */
    public void setEngravingLineWidthMm(BigDecimal engravingLineWidthMm) {
        this.engravingLineWidthMm = engravingLineWidthMm;
    }

    /** Sets the gap kept between parts and the width of the cut, both in mm. */
    public void setGapAndKerf(BigDecimal partGapMm, BigDecimal kerfMm) {
        this.partGapMm = partGapMm;
        this.kerfMm = kerfMm;
    }

    public void setMinimumCharge(BigDecimal minimumCharge) {
        this.minimumCharge = minimumCharge;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public BigDecimal getThicknessMm() {
        return thicknessMm;
    }

    public BigDecimal getSheetWidthMm() {
        return sheetWidthMm;
    }

    public BigDecimal getSheetHeightMm() {
        return sheetHeightMm;
    }

    public SheetPricing getSheetPricing() {
        return sheetPricing;
    }

    public BigDecimal getPricePerSheet() {
        return pricePerSheet;
    }

    public BigDecimal getPricePerM2() {
        return pricePerM2;
    }

    public CuttingPricing getCuttingPricing() {
        return cuttingPricing;
    }

    public BigDecimal getCuttingSpeedMmPerS() {
        return cuttingSpeedMmPerS;
    }

    public BigDecimal getMachineMinuteRate() {
        return machineMinuteRate;
    }

    public BigDecimal getPricePerMetre() {
        return pricePerMetre;
    }

    public BigDecimal getPricePerPierce() {
        return pricePerPierce;
    }

    public BigDecimal getEngravingPricePerCm2() {
        return engravingPricePerCm2;
    }

    public BigDecimal getEngravingLineWidthMm() {
        return engravingLineWidthMm;
    }

    public BigDecimal getPartGapMm() {
        return partGapMm;
    }

    public BigDecimal getKerfMm() {
        return kerfMm;
    }

    public BigDecimal getMinimumCharge() {
        return minimumCharge;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Material[id=" + id + ", code=" + code + "]";
    }
}
