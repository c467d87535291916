package com.optimacut.domain.layout;

import static com.optimacut.domain.layout.LayoutFixtures.analyze;
import static com.optimacut.domain.layout.LayoutFixtures.assertMeasure;
import static com.optimacut.domain.layout.LayoutFixtures.svg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SvgAnalysisTest {

    @Test
    void arcWithTooSmallRadiiScaledUp() throws LayoutAnalysisException {
        LayoutAnalysis a = analyze("a.svg", svg("<path d='M0,0 A1,1 0 0 1 20,0 Z'/>"));
        assertMeasure(10 * Math.PI + 20, a.cutLengthMm(), "half circle of radius 10 and its diameter");
        assertMeasure(50 * Math.PI, a.netAreaMm2(), "area");
    }

    @Test
    void implicitLinetoAfterRelativeMoveto() throws LayoutAnalysisException {
        LayoutAnalysis a = analyze("m.svg", svg("<path d='m 10 10 20 0 0 20 -20 0 z'/>"));
        assertMeasure(80, a.cutLengthMm(), "square perimeter");
        assertEquals(0, a.openContours());
    }

    @Test
    void implicitLinetoAfterAbsoluteMoveto() throws LayoutAnalysisException {
        assertMeasure(70, analyze("m.svg", svg("<path d='M0 0 30 0 30 10 0 10'/>")).cutLengthMm(), "three sides");
    }

    @Test
    void horizontalVerticalRelativeAndAbsolute() throws LayoutAnalysisException {
        LayoutAnalysis a = analyze("hv.svg", svg("<path d='M10,10 h30 V30 H10 v-20'/>"));
        assertMeasure(100, a.cutLengthMm(), "perimeter");
        assertMeasure(600, a.netAreaMm2(), "area of the closed rectangle");
    }

    @Test
    void smoothCubicEqualsExplicitReflection() throws LayoutAnalysisException {
        double smooth = analyze("s.svg", svg("<path d='M0,0 C10,20 30,20 40,0 S70,-20 80,0'/>")).cutLengthMm();
        double explicit = analyze("c.svg", svg("<path d='M0,0 C10,20 30,20 40,0 C50,-20 70,-20 80,0'/>")).cutLengthMm();
        assertEquals(explicit, smooth, 1e-9);
    }

    @Test
    void smoothQuadraticEqualsExplicitReflection() throws LayoutAnalysisException {
        double smooth = analyze("t.svg", svg("<path d='M0,0 Q20,20 40,0 T80,0'/>")).cutLengthMm();
        double explicit = analyze("q.svg", svg("<path d='M0,0 Q20,20 40,0 Q60,-20 80,0'/>")).cutLengthMm();
        assertEquals(explicit, smooth, 1e-9);
    }

    @Test
    void roundedRectangle() throws LayoutAnalysisException {
        LayoutAnalysis a = analyze("r.svg", svg("<rect x='0' y='0' width='100' height='50' rx='10'/>"));
        assertMeasure(2 * 80 + 2 * 30 + 20 * Math.PI, a.cutLengthMm(), "perimeter");
        assertMeasure(5000 - 400 + 100 * Math.PI, a.netAreaMm2(), "area");
    }

    @Test
    void ellipseLineAndPolygon() throws LayoutAnalysisException {
        String body = "<ellipse cx='100' cy='100' rx='30' ry='10'/><line x1='0' y1='0' x2='0' y2='15'/>"
                + "<polygon points='200,0 210,0 210,10'/><polyline points='300 0 310 0 310 10'/>";
        LayoutAnalysis a = analyze("e.svg", svg(body));
        double expected = LayoutFixtures.ellipsePerimeter(30, 10, 0, 2 * Math.PI) + 15 + 20 + Math.sqrt(200) + 20;
        assertMeasure(expected, a.cutLengthMm(), "total length");
        assertEquals(2, a.openContours());
    }

    @Test
    void nestedTransformsCompose() throws LayoutAnalysisException {
        String body = "<g transform='translate(100,100)'><g transform='rotate(90) scale(2,1)'>"
                + "<rect width='20' height='10'/></g></g>";
        LayoutAnalysis a = analyze("t.svg", svg(body));
        assertMeasure(10, a.bboxWidthMm(), "width after rotation");
        assertMeasure(40, a.bboxHeightMm(), "height after rotation");
        assertMeasure(400, a.netAreaMm2(), "area");
    }

    @Test
    void useByHrefAndXlinkHref() throws LayoutAnalysisException {
        String body = "<defs><circle id='hole' r='5'/></defs><rect width='100' height='100'/>"
                + "<use href='#hole' x='20' y='20'/><use xlink:href='#hole' x='80' y='80'/>";
        LayoutAnalysis a = analyze("u.svg", svg(body));
        assertEquals(3, a.contours());
        assertMeasure(10000 - 50 * Math.PI, a.netAreaMm2(), "area with two holes");
    }

    @Test
    void useCycleFails() {
        String body = "<g id='a'><use href='#b'/></g><g id='b'><use href='#a'/></g>";
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> analyze("c.svg", svg(body)));
        assertEquals("layout.error.useCycle", e.key());
    }

    @Test
    void viewBoxWithNonZeroOrigin() throws LayoutAnalysisException {
        String content = "<svg xmlns='http://www.w3.org/2000/svg' width='50mm' height='50mm' viewBox='-100 -100 100 100'>"
                + "<rect x='-80' y='-80' width='20' height='10'/></svg>";
        LayoutAnalysis a = analyze("vb.svg", content);
        assertMeasure(10, a.bboxWidthMm(), "half-size width");
        assertMeasure(50, a.netAreaMm2(), "area");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10mm, 10, mm", "1cm, 10, cm", "1in, 25.4, in", "72pt, 25.4, pt", "96px, 25.4, px", "96, 25.4, px"})
    void rootWidthUnitsScaleUserUnits(String width, double expectedWidthMm, String expectedUnit) throws LayoutAnalysisException {
        String content = "<svg xmlns='http://www.w3.org/2000/svg' width='" + width + "' height='" + width
                + "' viewBox='0 0 10 10'><rect width='10' height='10'/></svg>";
        LayoutAnalysis a = analyze("u.svg", content);
        assertMeasure(expectedWidthMm, a.bboxWidthMm(), "width");
        assertEquals(expectedUnit, a.units());
    }

    @Test
    void noViewBoxMeansCssPixels() throws LayoutAnalysisException {
        String content = "<svg xmlns='http://www.w3.org/2000/svg'><rect width='96' height='48'/></svg>";
        assertMeasure(25.4, analyze("px.svg", content).bboxWidthMm(), "96 px is one inch");
    }

    @Test
    void hiddenElementsLeftOut() throws LayoutAnalysisException {
        String body = "<rect width='10' height='10'/><rect display='none' width='50' height='50'/>"
                + "<g style='stroke:red; display : none'><circle r='30'/></g>";
        assertMeasure(40, analyze("h.svg", svg(body)).cutLengthMm(), "only the visible square");
    }

    @Test
    void commentsAndCdataIgnored() throws LayoutAnalysisException {
        String body = "<!-- outline --><rect width='10' height='10'/><!-- <rect width='99' height='99'/> -->";
        assertMeasure(40, analyze("c.svg", svg(body)).cutLengthMm(), "perimeter");
    }

    @Test
    void engravingByInkscapeLayerLabel() throws LayoutAnalysisException {
        String content = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:inkscape='http://www.inkscape.org/namespaces/inkscape'"
                + " width='100mm' height='100mm' viewBox='0 0 100 100'><rect width='50' height='50'/>"
                + "<g inkscape:groupmode='layer' inkscape:label='Гравировка'><line x1='5' y1='5' x2='25' y2='5'/></g></svg>";
        LayoutAnalysis a = analyze("e.svg", content);
        assertMeasure(20, a.engraveLengthMm(), "engraving");
        assertMeasure(200, a.cutLengthMm(), "cut");
    }

    @Test
    void engravingByStrokeColourOption() throws LayoutAnalysisException {
        String body = "<rect width='50' height='50' stroke='red'/><line x1='5' y1='5' x2='25' y2='5' style='stroke:#00f'/>";
        LayoutOptions options = LayoutOptions.defaults().withEngraveColors(Set.of(), Set.of("#0000FF"));
        byte[] content = svg(body).getBytes(StandardCharsets.UTF_8);
        assertMeasure(20, new LayoutAnalyzer(options).analyze("c.svg", content).engraveLengthMm(), "engraving");
    }

    @Test
    void pathErrorKeepsDataBeforeIt() throws LayoutAnalysisException {
        LayoutAnalysis a = analyze("p.svg", svg("<path d='M0,0 L10,0 L10,10 X 50,50'/>"));
        assertMeasure(20, a.cutLengthMm(), "length up to the error");
        assertTrue(a.warnings().stream().anyMatch(w -> w.key().equals("layout.warning.pathData")), "warning");
    }

    @Test
    void externalEntityNotResolved() throws LayoutAnalysisException {
        String content = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY ext SYSTEM 'file:///etc/hostname'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='10mm' height='10mm' viewBox='0 0 10 10'>"
                + "<rect width='10' height='10'/><text>&ext;</text></svg>";
        assertMeasure(40, analyze("x.svg", content).cutLengthMm(), "only the rectangle");
    }

    @Test
    void entityExpansionBombRejected() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE svg [<!ENTITY a0 'xxxxxxxxxx'>");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY a").append(i).append(" '").append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
        }
        String content = doctype + "]><svg xmlns='http://www.w3.org/2000/svg'><text>&a9;</text></svg>";
        assertThrows(LayoutAnalysisException.class, () -> analyze("bomb.svg", content));
    }

    @Test
    void malformedXmlNamesPosition() {
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> analyze("m.svg", "<svg><rect></svg>"));
        assertEquals("layout.error.malformedSvg", e.key());
    }

    @Test
    void noShapesSampleGivesNoContoursKey() {
        byte[] content = LayoutFixtures.resource("no_shapes.svg");
        LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> new LayoutAnalyzer().analyze("no_shapes.svg", content));
        assertEquals("layout.error.noContours", e.key());
    }

    @Test
    void hugeCoordinatesKeepAreaPrecision() throws LayoutAnalysisException {
        LayoutAnalysis a = analyze("far.svg", svg("<rect x='1e9' y='1e9' width='100' height='50'/><circle cx='1000000050' cy='1000000025' r='10'/>"));
        assertMeasure(5000 - 100 * Math.PI, a.netAreaMm2(), "area");
    }
}
