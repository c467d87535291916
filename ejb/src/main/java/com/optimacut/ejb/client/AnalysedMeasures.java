package com.optimacut.ejb.client;

import com.optimacut.domain.client.LayoutMeasures;
import java.io.Serializable;

/**
 * The numbers the layout analysis measured in a DXF or SVG file: lengths in mm, area in mm².
 *
 * @param contours the cut contours, open ones included; each is one pierce
 * @param units the unit the file was drawn in, such as {@code mm} or {@code in}
 */
public record AnalysedMeasures(double cutLengthMm, int contours, int openContours, double bboxWidthMm,
        double bboxHeightMm, double netAreaMm2, double engraveLengthMm, String units) implements Serializable {

    private static final long serialVersionUID = 1L;

    static AnalysedMeasures of(LayoutMeasures measures) {
        if (measures == null) {
            return null;
        }
        return new AnalysedMeasures(measures.getCutLengthMm(), measures.getContours(), measures.getOpenContours(),
                measures.getBboxWidthMm(), measures.getBboxHeightMm(), valueOrZero(measures.getNetAreaMm2()),
                valueOrZero(measures.getEngraveLengthMm()), measures.getUnits());
    }

    private static double valueOrZero(Double value) {
        return value == null ? 0 : value;
    }
}
