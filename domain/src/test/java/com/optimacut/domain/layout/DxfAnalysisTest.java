package com.optimacut.domain.layout;

import static com.optimacut.domain.layout.LayoutFixtures.analyze;
import static com.optimacut.domain.layout.LayoutFixtures.assertMeasure;
import static com.optimacut.domain.layout.LayoutFixtures.block;
import static com.optimacut.domain.layout.LayoutFixtures.circle;
import static com.optimacut.domain.layout.LayoutFixtures.dxf;
import static com.optimacut.domain.layout.LayoutFixtures.line;
import static com.optimacut.domain.layout.LayoutFixtures.pairs;
import static com.optimacut.domain.layout.LayoutFixtures.rectangle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DxfAnalysisTest {

    private static final double SQRT_HALF = Math.sqrt(0.5);

    @Test
    void closingEdgeBulgeMakesSemicircle() throws LayoutAnalysisException {
        String d = pairs(0, "LWPOLYLINE", 8, "CUT", 90, 2, 70, 1, 10, 0, 20, 0, 10, 20, 20, 0, 42, 1);
        LayoutAnalysis a = analyze("d.dxf", dxf(d));
        assertMeasure(20 + 10 * Math.PI, a.cutLengthMm(), "cut length");
        assertMeasure(50 * Math.PI, a.netAreaMm2(), "area");
        assertEquals(1, a.contours());
    }

    @Test
    void negativeBulgeTurnsClockwise() throws LayoutAnalysisException {
        String d = pairs(0, "LWPOLYLINE", 8, "CUT", 90, 2, 70, 1, 10, 0, 20, 0, 42, -1, 10, 20, 20, 0);
        LayoutAnalysis a = analyze("d.dxf", dxf(d));
        assertMeasure(20 + 10 * Math.PI, a.cutLengthMm(), "cut length");
        assertMeasure(50 * Math.PI, a.netAreaMm2(), "area");
        assertMeasure(10, a.bboxHeightMm(), "height of the half disc");
    }

    @Test
    void r12PolylineWithBulgesAndClosedFlag() throws LayoutAnalysisException {
        String vertices = pairs(0, "VERTEX", 8, "CUT", 10, 0, 20, 0, 42, 1)
                + pairs(0, "VERTEX", 8, "CUT", 10, 20, 20, 0, 42, 1);
        String polyline = pairs(0, "POLYLINE", 8, "CUT", 66, 1, 10, 0, 20, 0, 30, 0, 70, 1) + vertices + pairs(0, "SEQEND");
        LayoutAnalysis a = analyze("r12.dxf", dxf(pairs(9, "$ACADVER", 1, "AC1009", 9, "$INSUNITS", 70, 4), "", polyline));
        assertMeasure(20 * Math.PI, a.cutLengthMm(), "two half circles make a circle");
        assertMeasure(100 * Math.PI, a.netAreaMm2(), "area");
        assertEquals(0, a.openContours());
    }

    @Test
    void arcAcrossZeroDegrees() throws LayoutAnalysisException {
        String arc = pairs(0, "ARC", 8, "CUT", 10, 0, 20, 0, 30, 0, 40, 100, 50, 350, 51, 10);
        LayoutAnalysis a = analyze("arc.dxf", dxf(arc));
        assertMeasure(100 * Math.toRadians(20), a.cutLengthMm(), "20 degree arc");
        assertEquals(1, a.openContours());
    }

    @Test
    void partialEllipseLength() throws LayoutAnalysisException {
        String ellipse = pairs(0, "ELLIPSE", 8, "CUT", 10, 0, 20, 0, 30, 0, 11, 20, 21, 0, 31, 0, 40, 0.5, 41, 0, 42, Math.PI);
        LayoutAnalysis a = analyze("e.dxf", dxf(ellipse));
        assertMeasure(LayoutFixtures.ellipsePerimeter(20, 10, 0, Math.PI), a.cutLengthMm(), "half ellipse");
        assertMeasure(40, a.bboxWidthMm(), "width");
        assertMeasure(10, a.bboxHeightMm(), "height of the upper half");
    }

    @Test
    void fullEllipseAreaAndLength() throws LayoutAnalysisException {
        String ellipse = pairs(0, "ELLIPSE", 8, "CUT", 10, 5, 20, 5, 30, 0, 11, 0, 21, 30, 31, 0, 40, 0.2, 41, 0, 42, 2 * Math.PI);
        LayoutAnalysis a = analyze("e.dxf", dxf(ellipse));
        assertMeasure(Math.PI * 30 * 6, a.netAreaMm2(), "area");
        assertMeasure(LayoutFixtures.ellipsePerimeter(30, 6, 0, 2 * Math.PI), a.cutLengthMm(), "perimeter");
        assertEquals(0, a.openContours());
    }

    @Test
    void nurbsSemicircleWithRepeatedKnots() throws LayoutAnalysisException {
        String spline = pairs(0, "SPLINE", 8, "CUT", 70, 4 | 8, 71, 2, 72, 8, 73, 5,
                40, 0, 40, 0, 40, 0, 40, 1, 40, 1, 40, 2, 40, 2, 40, 2,
                41, 1, 41, SQRT_HALF, 41, 1, 41, SQRT_HALF, 41, 1,
                10, 10, 20, 0, 30, 0, 10, 10, 20, 10, 30, 0, 10, 0, 20, 10, 30, 0,
                10, -10, 20, 10, 30, 0, 10, -10, 20, 0, 30, 0);
        LayoutAnalysis a = analyze("s.dxf", dxf(spline + line(-10, 0, 10, 0)));
        assertMeasure(10 * Math.PI + 20, a.cutLengthMm(), "half circle and diameter");
        assertMeasure(50 * Math.PI, a.netAreaMm2(), "half disc");
        assertEquals(1, a.contours());
    }

    @Test
    void clampedCubicSplineOnStraightLine() throws LayoutAnalysisException {
        String spline = pairs(0, "SPLINE", 8, "CUT", 70, 8, 71, 3, 72, 8, 73, 4,
                40, 0, 40, 0, 40, 0, 40, 0, 40, 1, 40, 1, 40, 1, 40, 1,
                10, 0, 20, 0, 30, 0, 10, 10, 20, 0, 30, 0, 10, 20, 20, 0, 30, 0, 10, 30, 20, 0, 30, 0);
        assertMeasure(30, analyze("s.dxf", dxf(spline)).cutLengthMm(), "length");
    }

    @Test
    void splineDegreeAboveLimitFails() {
        String spline = pairs(0, "SPLINE", 8, "CUT", 71, 500, 73, 2, 10, 0, 20, 0, 10, 1, 20, 1);
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> analyze("s.dxf", dxf(spline)));
        assertEquals("layout.error.splineDegree", e.key());
    }

    @Test
    void insertWithNegativeScaleMirrors() throws LayoutAnalysisException {
        String blocks = block("L", 0, 0, pairs(0, "LWPOLYLINE", 8, "0", 90, 3, 70, 1, 10, 0, 20, 0, 10, 30, 20, 0, 10, 0, 20, 10));
        String insert = pairs(0, "INSERT", 8, "CUT", 2, "L", 10, 0, 20, 0, 30, 0, 41, -1, 42, 1);
        LayoutAnalysis a = analyze("m.dxf", dxf(pairs(9, "$INSUNITS", 70, 4), blocks, insert + line(0, 0, 5, 0)));
        assertMeasure(35, a.bboxWidthMm(), "mirrored triangle lies left of the line");
        assertMeasure(150, a.netAreaMm2(), "area");
    }

    @Test
    void insertWithNonUniformScaleMakesEllipse() throws LayoutAnalysisException {
        String blocks = block("HOLE", 0, 0, circle(0, 0, 5));
        String insert = pairs(0, "INSERT", 8, "CUT", 2, "HOLE", 10, 50, 20, 50, 30, 0, 41, 2, 42, 1);
        LayoutAnalysis a = analyze("n.dxf", dxf(pairs(9, "$INSUNITS", 70, 4), blocks, insert));
        assertMeasure(Math.PI * 10 * 5, a.netAreaMm2(), "ellipse area");
        assertMeasure(LayoutFixtures.ellipsePerimeter(10, 5, 0, 2 * Math.PI), a.cutLengthMm(), "ellipse perimeter");
        assertMeasure(20, a.bboxWidthMm(), "width");
    }

    @Test
    void nestedRotatedInsertsCompose() throws LayoutAnalysisException {
        String inner = block("INNER", 0, 0, rectangle(0, 0, 40, 10));
        String outer = block("OUTER", 0, 0, pairs(0, "INSERT", 8, "0", 2, "INNER", 10, 0, 20, 0, 30, 0, 50, 90));
        String insert = pairs(0, "INSERT", 8, "CUT", 2, "OUTER", 10, 100, 20, 100, 30, 0, 41, 2, 42, 2);
        LayoutAnalysis a = analyze("n.dxf", dxf(pairs(9, "$INSUNITS", 70, 4), inner + outer, insert));
        assertMeasure(20, a.bboxWidthMm(), "rotated and scaled width");
        assertMeasure(80, a.bboxHeightMm(), "rotated and scaled height");
        assertMeasure(1600, a.netAreaMm2(), "area");
    }

    @Test
    void insertCycleFails() {
        String blocks = block("A", 0, 0, pairs(0, "INSERT", 8, "0", 2, "B", 10, 0, 20, 0))
                + block("B", 0, 0, pairs(0, "INSERT", 8, "0", 2, "A", 10, 0, 20, 0));
        String insert = pairs(0, "INSERT", 8, "CUT", 2, "A", 10, 0, 20, 0);
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class,
                () -> analyze("c.dxf", dxf(pairs(9, "$INSUNITS", 70, 4), blocks, insert)));
        assertEquals("layout.error.insertCycle", e.key());
    }

    @Test
    void exponentialInsertNestingStopsAtBudget() {
        StringBuilder blocks = new StringBuilder(block("B0", 0, 0, circle(0, 0, 1)));
        for (int level = 1; level <= 30; level++) {
            StringBuilder content = new StringBuilder();
            for (int copy = 0; copy < 10; copy++) {
                content.append(pairs(0, "INSERT", 8, "0", 2, "B" + (level - 1), 10, copy, 20, 0));
            }
            blocks.append(block("B" + level, 0, 0, content.toString()));
        }
        String insert = pairs(0, "INSERT", 8, "CUT", 2, "B30", 10, 0, 20, 0);
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class,
                () -> analyze("bomb.dxf", dxf(pairs(9, "$INSUNITS", 70, 4), blocks.toString(), insert)));
        assertEquals("layout.error.tooComplex", e.key());
    }

    @Test
    void extrusionDownwardMirrorsCircle() throws LayoutAnalysisException {
        String mirrored = pairs(0, "CIRCLE", 8, "CUT", 10, 10, 20, 0, 30, 0, 40, 1, 210, 0, 220, 0, 230, -1);
        LayoutAnalysis a = analyze("ocs.dxf", dxf(mirrored + line(0, 0, 5, 0)));
        assertMeasure(16, a.bboxWidthMm(), "circle at world x = -10 widens the box to 16");
    }

    @Test
    void cyrillicLayerInCodePage1251IsEngraving() throws LayoutAnalysisException {
        String header = pairs(9, "$ACADVER", 1, "AC1015", 9, "$DWGCODEPAGE", 3, "ANSI_1251", 9, "$INSUNITS", 70, 4);
        String engraved = pairs(0, "LINE", 8, "Гравировка", 10, 0, 20, 0, 30, 0, 11, 10, 21, 0, 31, 0);
        byte[] content = dxf(header, "", LayoutFixtures.rectangle(0, 0, 20, 20) + engraved).getBytes(Charset.forName("windows-1251"));
        LayoutAnalysis a = new LayoutAnalyzer().analyze("cp1251.dxf", content);
        assertMeasure(10, a.engraveLengthMm(), "engraving length");
        assertMeasure(80, a.cutLengthMm(), "cut length");
    }

    @Test
    void unicodeEscapedLayerIsEngraving() throws LayoutAnalysisException {
        String escaped = "\\U+0413\\U+0440\\U+0430\\U+0432\\U+0438\\U+0440\\U+043E\\U+0432\\U+043A\\U+0430";
        String engraved = pairs(0, "LINE", 8, escaped, 10, 0, 20, 0, 30, 0, 11, 10, 21, 0, 31, 0);
        LayoutAnalysis a = analyze("u.dxf", dxf(rectangle(0, 0, 20, 20) + engraved));
        assertMeasure(10, a.engraveLengthMm(), "engraving length");
    }

    @Test
    void utf8LayerInAutoCad2007File() throws LayoutAnalysisException {
        String header = pairs(9, "$ACADVER", 1, "AC1021", 9, "$INSUNITS", 70, 4);
        String engraved = pairs(0, "LINE", 8, "гравировка", 10, 0, 20, 0, 30, 0, 11, 10, 21, 0, 31, 0);
        LayoutAnalysis a = analyze("utf8.dxf", dxf(header, "", rectangle(0, 0, 20, 20) + engraved));
        assertMeasure(10, a.engraveLengthMm(), "engraving length");
    }

    @Test
    void engravingByAciColourOption() throws LayoutAnalysisException {
        String blue = pairs(0, "LINE", 8, "CUT", 62, 5, 10, 0, 20, 0, 30, 0, 11, 10, 21, 0, 31, 0);
        LayoutOptions options = LayoutOptions.defaults().withEngraveColors(Set.of(5), Set.of());
        byte[] content = dxf(rectangle(0, 0, 20, 20) + blue).getBytes(StandardCharsets.UTF_8);
        assertMeasure(10, new LayoutAnalyzer(options).analyze("c.dxf", content).engraveLengthMm(), "engraving length");
    }

    @Test
    void centimetreUnitsScale() throws LayoutAnalysisException {
        LayoutAnalysis a = analyze("cm.dxf", dxf(pairs(9, "$INSUNITS", 70, 5), "", rectangle(0, 0, 10, 5)));
        assertMeasure(300, a.cutLengthMm(), "cut length");
        assertEquals("cm", a.units());
    }

    @Test
    void missingUnitsAssumeMillimetresWithWarning() throws LayoutAnalysisException {
        LayoutAnalysis a = analyze("nounits.dxf", dxf("", "", rectangle(0, 0, 10, 5)));
        assertMeasure(30, a.cutLengthMm(), "cut length");
        assertTrue(a.warnings().stream().anyMatch(w -> w.key().equals("layout.warning.unitsAssumed")), "warning");
    }

    @Test
    void crlfLineEndingsRead() throws LayoutAnalysisException {
        String content = dxf(rectangle(0, 0, 10, 5)).replace("\n", "\r\n");
        assertMeasure(30, analyze("crlf.dxf", content).cutLengthMm(), "cut length");
    }

    @Test
    void separateLinesChainIntoClosedContour() throws LayoutAnalysisException {
        String lines = line(10, 0, 0, 0) + line(10, 10, 0, 10) + line(10, 0, 10.005, 10) + line(0, 0, 0, 10);
        LayoutAnalysis a = analyze("chain.dxf", dxf(lines));
        assertEquals(1, a.contours());
        assertEquals(0, a.openContours());
        assertMeasure(100, a.netAreaMm2(), "area");
    }

    @Test
    void gapBeyondToleranceLeavesOpenContour() throws LayoutAnalysisException {
        String lines = line(0, 0, 10, 0) + line(10, 0, 10, 10) + line(10, 10, 0, 10) + line(0, 10, 0, 0.5);
        LayoutAnalysis a = analyze("gap.dxf", dxf(lines));
        assertEquals(1, a.openContours());
    }

    @Test
    void islandInsideHoleCountsAsMaterial() throws LayoutAnalysisException {
        String shapes = rectangle(0, 0, 100, 100) + rectangle(10, 10, 80, 80) + rectangle(20, 20, 60, 60);
        assertMeasure(10000 - 6400 + 3600, analyze("island.dxf", dxf(shapes)).netAreaMm2(), "area");
    }

    @Test
    void hugeCoordinatesKeepAreaPrecision() throws LayoutAnalysisException {
        double offset = 1e9;
        String shapes = rectangle(offset, offset, 100, 50) + circle(offset + 50, offset + 25, 10);
        LayoutAnalysis a = analyze("far.dxf", dxf(shapes));
        assertMeasure(5000 - 100 * Math.PI, a.netAreaMm2(), "area");
        assertMeasure(100, a.bboxWidthMm(), "width");
    }

    @Test
    void paperSpaceEntitiesLeftOut() throws LayoutAnalysisException {
        String paper = pairs(0, "LINE", 67, 1, 8, "CUT", 10, 0, 20, 0, 11, 500, 21, 0);
        assertMeasure(30, analyze("ps.dxf", dxf(rectangle(0, 0, 10, 5) + paper)).cutLengthMm(), "cut length");
    }

    @Test
    void textEntityIgnoredWithWarning() throws LayoutAnalysisException {
        String text = pairs(0, "TEXT", 8, "CUT", 10, 0, 20, 0, 40, 5, 1, "Part 1");
        LayoutAnalysis a = analyze("t.dxf", dxf(rectangle(0, 0, 10, 5) + text));
        assertTrue(a.warnings().stream().anyMatch(w -> w.arguments().contains("TEXT")), "warning names TEXT");
    }

    @Test
    void binaryDxfRejected() {
        byte[] content = "AutoCAD Binary DXF\r\n\u001a\u0000garbage".getBytes(StandardCharsets.ISO_8859_1);
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> new LayoutAnalyzer().analyze("b.dxf", content));
        assertEquals("layout.error.binaryDxf", e.key());
    }

    @Test
    void emptyFileRejected() {
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> new LayoutAnalyzer().analyze("e.dxf", new byte[0]));
        assertEquals("layout.error.empty", e.key());
    }

    @Test
    void truncatedSampleGivesTruncatedKey() {
        byte[] content = LayoutFixtures.resource("truncated.dxf");
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> new LayoutAnalyzer().analyze("truncated.dxf", content));
        assertEquals("layout.error.truncated", e.key());
    }

    @Test
    void missingEofIsTruncated() {
        String content = dxf(rectangle(0, 0, 10, 5)).replace("0\nEOF\n", "");
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> analyze("noeof.dxf", content));
        assertEquals("layout.error.truncated", e.key());
    }

    @Test
    void invalidNumberNamesLine() {
        String content = dxf(pairs(0, "LINE", 8, "CUT", 10, "abc", 20, 0, 11, 10, 21, 0));
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> analyze("bad.dxf", content));
        assertEquals("layout.error.malformedDxf", e.key());
    }

    @Test
    void cyrillicFileNameInMessage() {
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class,
                () -> new LayoutAnalyzer().analyze("деталь.dxf", new byte[0]));
        assertTrue(e.getLocalizedMessage(java.util.Locale.forLanguageTag("ru")).contains("деталь.dxf"), "file named");
    }
}
