package com.optimacut.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {

    @Test
    void columnNameAfterZHasTwoLetters() {
        assertEquals("A", XlsxExporter.Workbook.columnName(1));
        assertEquals("Z", XlsxExporter.Workbook.columnName(26));
        assertEquals("AA", XlsxExporter.Workbook.columnName(27));
        assertEquals("AZ", XlsxExporter.Workbook.columnName(52));
    }

    @Test
    void escapeEncodesMarkupDropsControlCharacters() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;\tок", XlsxExporter.Workbook.escape("a <b> & \"c\"\t\u0001ок"));
    }

    @Test
    void workbookContainsPartsAndRows() throws IOException {
        Map<String, String> parts = written(workbook -> {
            workbook.startRow();
            workbook.cell("Статус", true);
            workbook.cell("Сумма", true);
            workbook.endRow();
            workbook.startRow();
            workbook.cell("Закрыт", false);
            workbook.cell("", false);
            workbook.endRow();
        });

        assertEquals(6, parts.size(), parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">Статус</t>"), sheet);
        assertTrue(sheet.contains("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Закрыт</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"></t></is></c></row>"), sheet);
        assertTrue(sheet.endsWith("</sheetData></worksheet>"), sheet);
    }

    @Test
    void numberCellHasValueAndNumberStyle() throws IOException {
        Map<String, String> parts = written(workbook -> {
            workbook.startRow();
            workbook.cell("Закрыт", false);
            workbook.number(new BigDecimal("1.2E+4"));
            workbook.number(new BigDecimal("1234.50"));
            workbook.endRow();
        });

        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"B1\" s=\"2\"><v>12000</v></c><c r=\"C1\" s=\"2\"><v>1234.50</v></c>"), sheet);
        assertTrue(parts.get("xl/styles.xml").contains("<xf numFmtId=\"4\""), parts.get("xl/styles.xml"));
    }

    /** Writes a workbook with the rows that {@code rows} adds and returns its parts by name. */
    private static Map<String, String> written(Consumer<XlsxExporter.Workbook> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxExporter.Workbook workbook = new XlsxExporter.Workbook(bytes);
        rows.accept(workbook);
        workbook.finish();
        return unzip(bytes.toByteArray());
    }

    private static Map<String, String> unzip(byte[] archive) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
