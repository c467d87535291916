package com.optimacut.domain.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCliTest {

    @TempDir
    Path directory;

    private record Output(int status, String text) {
    }

    private Output run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = LayoutCli.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private Path sample(String name) throws IOException {
        return Files.write(directory.resolve(name), LayoutFixtures.resource(name));
    }

    @Test
    void singleFilePrintsObject() throws IOException {
        Output out = run(sample("rect_with_hole.dxf").toString());
        assertEquals(0, out.status());
        assertTrue(out.text().contains("\"cutLengthMm\": 362.8319, \"contours\": 2, \"openContours\": 0, \"bboxMm\": [100, 50],"
                + " \"netAreaMm2\": 4685.8407, \"engraveLengthMm\": 0, \"units\": \"mm\", \"warnings\": []"), out.text());
    }

    @Test
    void singleFileIsNotArray() throws IOException {
        assertTrue(run(sample("px_units_96dpi.svg").toString()).text().startsWith("{"));
    }

    @Test
    void severalFilesPrintArray() throws IOException {
        Output out = run(sample("rect_with_hole.dxf").toString(), sample("open_contour.dxf").toString());
        assertTrue(out.text().startsWith("[") && out.text().strip().endsWith("]"), out.text());
    }

    @Test
    void failedFileSetsStatusOne() throws IOException {
        Output out = run("--lang=en", sample("rect_with_hole.dxf").toString(), sample("truncated.dxf").toString());
        assertEquals(1, out.status());
        assertTrue(out.text().contains("\"error\": \"The file \\\"truncated.dxf\\\" is truncated"), out.text());
    }

    @Test
    void russianErrorByDefault() throws IOException {
        assertTrue(run(sample("no_shapes.svg").toString()).text().contains("нет контуров"));
    }

    @Test
    void pdfAcceptedForManualDimensions() throws IOException {
        Path pdf = Files.write(directory.resolve("чертёж.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        Output out = run(pdf.toString());
        assertEquals(0, out.status());
        assertTrue(out.text().contains("\"manualDimensions\": true"), out.text());
    }

    @Test
    void missingFileReported() {
        Output out = run(directory.resolve("absent.dxf").toString());
        assertEquals(1, out.status());
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertEquals(2, run().status());
    }
}
