package com.optimacut.domain.layout;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads an ASCII DXF file into a {@link Drawing}; binary DXF is rejected. */
final class DxfReader {

    private static final String BINARY_SENTINEL = "AutoCAD Binary DXF";

    /** Millimetres per drawing unit for each {@code $INSUNITS} code that a cutting layout can use. */
    private static final Map<Integer, Double> MILLIMETRES = Map.ofEntries(
            Map.entry(1, 25.4), Map.entry(2, 304.8), Map.entry(3, 1_609_344.0), Map.entry(4, 1.0),
            Map.entry(5, 10.0), Map.entry(6, 1000.0), Map.entry(7, 1_000_000.0), Map.entry(8, 25.4e-6),
            Map.entry(9, 0.0254), Map.entry(10, 914.4), Map.entry(11, 1e-7), Map.entry(12, 1e-6),
            Map.entry(13, 1e-3), Map.entry(14, 100.0), Map.entry(15, 10_000.0), Map.entry(16, 100_000.0),
            Map.entry(21, 1200.0 / 3937 * 1000));

    private static final Map<Integer, String> UNIT_NAMES = Map.ofEntries(
            Map.entry(1, "in"), Map.entry(2, "ft"), Map.entry(3, "mi"), Map.entry(4, "mm"), Map.entry(5, "cm"),
            Map.entry(6, "m"), Map.entry(7, "km"), Map.entry(8, "µin"), Map.entry(9, "mil"), Map.entry(10, "yd"),
            Map.entry(11, "Å"), Map.entry(12, "nm"), Map.entry(13, "µm"), Map.entry(14, "dm"), Map.entry(15, "dam"),
            Map.entry(16, "hm"), Map.entry(21, "US survey ft"));

    private DxfReader() {
    }

    static Drawing read(String fileName, byte[] content, LayoutOptions options) throws LayoutAnalysisException {
        String head = new String(content, 0, Math.min(content.length, 32), StandardCharsets.ISO_8859_1);
        if (head.startsWith(BINARY_SENTINEL)) {
            throw new LayoutAnalysisException("layout.error.binaryDxf", fileName);
        }
        Drawing drawing = new Drawing(fileName, options);
        DxfTokens tokens = DxfTokens.parse(fileName, content, drawing.budget());
        if (tokens.size() == 0) {
            throw new LayoutAnalysisException("layout.error.empty", fileName);
        }
        DxfDocument document = DxfDocument.read(fileName, tokens);
        double scale = units(document, drawing);
        new DxfGeometry(document, drawing, options).addModel(scale);
        return drawing;
    }

    /**
     * Returns millimetres per drawing unit from {@code $INSUNITS}. A unitless drawing, or one in
     * astronomical units, is taken as millimetres with a warning, because workshops draw in them.
     */
    private static double units(DxfDocument document, Drawing drawing) {
        String raw = document.header("$INSUNITS");
        int code = 0;
        try {
            code = raw == null ? 0 : Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            code = 0;
        }
        Double millimetres = MILLIMETRES.get(code);
        if (millimetres == null) {
            drawing.warn("layout.warning.unitsAssumed");
            drawing.setUnits("mm");
            return 1;
        }
        drawing.setUnits(UNIT_NAMES.get(code));
        return millimetres;
    }
}
