package com.optimacut.domain.layout;

import static com.optimacut.domain.layout.LayoutFixtures.assertMeasure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every sample layout against the values in {@code layouts/expected.json}, a copy of the
 * workshop's reference measurements.
 */
class SampleLayoutsTest {

    private static final Pattern SAMPLE = Pattern.compile("\"([^\"]+\\.(?:dxf|svg))\"\\s*:\\s*\\{(.*?)\\}", Pattern.DOTALL);

    @TestFactory
    List<DynamicTest> samplesMatchExpectedValues() {
        String expected = new String(LayoutFixtures.resource("expected.json"), StandardCharsets.UTF_8);
        Matcher matcher = SAMPLE.matcher(expected);
        List<DynamicTest> tests = new ArrayList<>();
        while (matcher.find()) {
            String file = matcher.group(1);
            String body = matcher.group(2);
            tests.add(DynamicTest.dynamicTest(file, () -> check(file, body)));
        }
        assertFalse(tests.isEmpty(), "expected.json lists no samples");
        return tests;
    }

    private static void check(String file, String body) throws LayoutAnalysisException {
        byte[] content = LayoutFixtures.resource(file);
        LayoutAnalyzer analyzer = new LayoutAnalyzer();
        if (body.contains("\"error\"")) {
            LayoutAnalysisException e = assertThrows(LayoutAnalysisException.class, () -> analyzer.analyze(file, content));
            assertEquals(file, e.arguments().get(0), "the error names the file");
            return;
        }
        LayoutAnalysis analysis = analyzer.analyze(file, content);
        assertMeasure(number(body, "cut_length_mm"), analysis.cutLengthMm(), "cut length");
        assertEquals((int) number(body, "contours"), analysis.contours(), "contours");
        assertEquals((int) number(body, "open_contours"), analysis.openContours(), "open contours");
        double[] bbox = pair(body, "bbox_mm");
        assertMeasure(bbox[0], analysis.bboxWidthMm(), "bounding box width");
        assertMeasure(bbox[1], analysis.bboxHeightMm(), "bounding box height");
        if (body.contains("net_area_mm2")) {
            assertMeasure(number(body, "net_area_mm2"), analysis.netAreaMm2(), "net area");
        }
        double engrave = body.contains("engrave_length_mm") ? number(body, "engrave_length_mm") : 0;
        assertMeasure(engrave, analysis.engraveLengthMm(), "engraving length");
    }

    private static double number(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?[0-9.eE+-]+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("expected.json has no " + field);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double[] pair(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\\[\\s*([0-9.eE+-]+)\\s*,\\s*([0-9.eE+-]+)\\s*\\]").matcher(body);
        if (!m.find()) {
            throw new AssertionError("expected.json has no " + field);
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
}
