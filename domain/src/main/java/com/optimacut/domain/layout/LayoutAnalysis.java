package com.optimacut.domain.layout;

import java.util.List;

/**
 * The measures of one analysed layout file, all lengths in millimetres.
 *
 * @param fileName the file name as the client gave it
 * @param format {@link LayoutFormat#DXF} or {@link LayoutFormat#SVG}
 * @param cutLengthMm the total length of all cut contours, open ones included
 * @param contours the number of cut contours, open ones included; each is one pierce
 * @param openContours how many of {@code contours} do not close
 * @param bboxWidthMm the width of the bounding box of the cut geometry, or of the engraving when
 *     nothing is cut
 * @param bboxHeightMm the height of that bounding box
 * @param netAreaMm2 the area inside the closed cut contours with the holes taken out, in mm²
 * @param engraveLengthMm the length of the engraving, not counted in {@code cutLengthMm}
 * @param units the unit the file was drawn in, such as {@code mm}, {@code in} or {@code px}
 * @param warnings remarks that did not stop the analysis
 */
public record LayoutAnalysis(String fileName, LayoutFormat format, double cutLengthMm, int contours, int openContours,
        double bboxWidthMm, double bboxHeightMm, double netAreaMm2, double engraveLengthMm, String units,
        List<LayoutWarning> warnings) {

    /** Copies the warnings so the analysis stays immutable. */
    public LayoutAnalysis {
        warnings = List.copyOf(warnings);
    }
}
