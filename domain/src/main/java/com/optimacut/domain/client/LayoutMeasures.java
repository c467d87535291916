package com.optimacut.domain.client;

import com.optimacut.domain.layout.LayoutAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The numbers of a {@link LayoutAnalysis}, stored with the analysed file so that pricing need not
 * read the file again. Lengths in mm, area in mm²; the warnings are not stored.
 */
@Embeddable
public class LayoutMeasures {

    @Column(name = "cut_length_mm")
    private Double cutLengthMm;

    @Column(name = "contours")
    private Integer contours;

    @Column(name = "open_contours")
    private Integer openContours;

    @Column(name = "bbox_width_mm")
    private Double bboxWidthMm;

    @Column(name = "bbox_height_mm")
    private Double bboxHeightMm;

    @Column(name = "net_area_mm2")
    private Double netAreaMm2;

    @Column(name = "engrave_length_mm")
    private Double engraveLengthMm;

    @Column(name = "drawing_units", length = 10)
    private String units;

    protected LayoutMeasures() {
        // for JPA
    }

    /** Copies the numbers of {@code analysis}. */
    public LayoutMeasures(LayoutAnalysis analysis) {
        this.cutLengthMm = analysis.cutLengthMm();
        this.contours = analysis.contours();
        this.openContours = analysis.openContours();
        this.bboxWidthMm = analysis.bboxWidthMm();
        this.bboxHeightMm = analysis.bboxHeightMm();
        this.netAreaMm2 = analysis.netAreaMm2();
        this.engraveLengthMm = analysis.engraveLengthMm();
        this.units = analysis.units();
    }

    /** Returns whether the numbers are stored; JPA may load an all-null embeddable as an empty instance. */
    public boolean isPresent() {
        return cutLengthMm != null;
    }

    public Double getCutLengthMm() {
        return cutLengthMm;
    }

    public Integer getContours() {
        return contours;
    }

    public Integer getOpenContours() {
        return openContours;
    }

    public Double getBboxWidthMm() {
        return bboxWidthMm;
    }

    public Double getBboxHeightMm() {
        return bboxHeightMm;
    }

    public Double getNetAreaMm2() {
        return netAreaMm2;
    }

    public Double getEngraveLengthMm() {
        return engraveLengthMm;
    }

    public String getUnits() {
        return units;
    }
}
