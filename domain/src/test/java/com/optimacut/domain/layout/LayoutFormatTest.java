package com.optimacut.domain.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutFormatTest {

    @ParameterizedTest(name = "{0} is {2}")
    @CsvSource({
        "part.pdf, '%PDF-1.7', PDF",
        "part.ai, '%PDF-1.5', AI",
        "part.ai, '%!PS-Adobe-3.0', AI",
        "part.cdr, 'RIFF....CDRvrsn', CDR",
        "photo.jpg, 'not checked', RASTER",
        "part.dxf, '  0', DXF",
        "part.svg, '<svg', SVG"})
    void detectsFormat(String fileName, String head, LayoutFormat expected) {
        assertEquals(expected, LayoutFormat.detect(fileName, head.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void pngMagicWinsOverExtension() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertEquals(LayoutFormat.RASTER, LayoutFormat.detect("part.dxf", png));
    }

    @Test
    void pdfAsksForManualDimensions() {
        assertTrue(LayoutFormat.PDF.requiresManualDimensions());
    }

    @Test
    void analyzeOnPdfGivesManualDimensionsKey() {
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> new LayoutAnalyzer().analyze("p.pdf", pdf));
        assertEquals("layout.error.manualDimensions", e.key());
    }

    @Test
    void unknownFormatIsUnsupported() {
        byte[] text = "hello".getBytes(StandardCharsets.ISO_8859_1);
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> new LayoutAnalyzer().analyze("notes.txt", text));
        assertEquals("layout.error.unsupportedFormat", e.key());
    }
}
