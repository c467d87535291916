package com.optimacut.domain.layout;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds randomly corrupted copies of valid DXF and SVG files to the analyzer. Each must either be
 * measured or fail with {@link LayoutAnalysisException}, within two seconds. The seed is in every
 * failure message so a failure can be replayed.
 */
class LayoutFuzzTest {

    private static final long SEED = 20_240_611L;
    private static final int FILES_PER_FORMAT = 1500;
    private static final Duration BOUND = Duration.ofSeconds(2);

    private static final String DXF = LayoutFixtures.dxf(
            LayoutFixtures.pairs(9, "$INSUNITS", 70, 4),
            LayoutFixtures.block("H", 0, 0, LayoutFixtures.circle(0, 0, 5)
                    + LayoutFixtures.pairs(0, "INSERT", 8, "0", 2, "H", 10, 1, 20, 1)),
            LayoutFixtures.rectangle(0, 0, 100, 50)
                    + LayoutFixtures.pairs(0, "LWPOLYLINE", 8, "CUT", 90, 3, 70, 1, 10, 0, 20, 0, 42, 0.5, 10, 20, 20, 0,
                            42, -1, 10, 20, 20, 20)
                    + LayoutFixtures.pairs(0, "INSERT", 8, "CUT", 2, "H", 10, 20, 20, 20, 41, -2, 42, 1, 50, 30)
                    + LayoutFixtures.pairs(0, "SPLINE", 8, "CUT", 71, 2, 72, 6, 73, 3, 40, 0, 40, 0, 40, 0, 40, 1, 40, 1, 40, 1,
                            10, 0, 20, 0, 10, 5, 20, 5, 10, 10, 20, 0)
                    + LayoutFixtures.pairs(0, "ELLIPSE", 8, "ENGRAVE", 10, 50, 20, 25, 11, 10, 21, 0, 40, 0.5, 41, 0, 42, 3)
                    + LayoutFixtures.pairs(0, "ARC", 8, "CUT", 10, 50, 20, 25, 40, 3, 50, 350, 51, 10)
                    + LayoutFixtures.line(0, 0, 10, 10));

    private static final String SVG = LayoutFixtures.svg(
            "<defs><circle id='c' r='4'/></defs><g transform='translate(10 10) rotate(15)'>"
                    + "<path d='M0,0 h40 a5,5 0 0 1 5,5 v20 c0,5 -5,10 -10,10 s-10,-5 -10,-10 q-5,-5 -10,0 t-10,0 z m5,5 l2,2'/>"
                    + "<rect x='1' y='1' width='10' height='5' rx='2'/><use href='#c' x='30' y='30'/>"
                    + "<ellipse cx='5' cy='5' rx='3' ry='2'/><polygon points='0,0 5,0 5,5'/></g>");

    private static final String[] TOKENS = {
        "0", "SECTION", "ENDSEC", "EOF", "INSERT", "BLOCK", "ENDBLK", "SPLINE", "1e308", "-1e308", "NaN", "999999999",
        "<", ">", "<g>", "</g>", "<use href='#c'/>", "M", "a", "1e999", "\"", "'", "&", "z", "-", ".", "\n", "\r\n", "\u0000",
        "<svg>", "<!DOCTYPE x [<!ENTITY e 'x'>]>", "71\n1000000", "73\n100000", "72\n3"};

    @Test
    void corruptedDxfNeverEscapes() {
        fuzz(DXF, "fuzz.dxf", SEED);
    }

    @Test
    void corruptedSvgNeverEscapes() {
        fuzz(SVG, "fuzz.svg", SEED + 1);
    }

    private static void fuzz(String valid, String fileName, long seed) {
        Random random = new Random(seed);
        LayoutAnalyzer analyzer = new LayoutAnalyzer();
        for (int i = 0; i < FILES_PER_FORMAT; i++) {
            byte[] content = corrupt(valid, random);
            String label = "seed " + seed + ", file " + i + " of " + fileName;
            assertTimeoutPreemptively(BOUND, () -> analyzeExpectingOnlyLayoutFailure(analyzer, fileName, content), label);
        }
    }

    private static void analyzeExpectingOnlyLayoutFailure(LayoutAnalyzer analyzer, String fileName, byte[] content) {
        try {
            analyzer.analyze(fileName, content);
        } catch (LayoutAnalysisException expected) {
            // the one documented failure: the file was rejected with a message key
        }
    }

    /** Returns {@code valid} with one to eight random edits: byte flips, deletions, duplications, truncation, tokens. */
    private static byte[] corrupt(String valid, Random random) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.setCharAt(at, (char) random.nextInt(128));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                case 2 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(200))));
                case 3 -> text.setLength(at);
                case 4 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                default -> text.insert(at, String.valueOf(random.nextInt(10)));
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
