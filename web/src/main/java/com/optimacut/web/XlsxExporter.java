package com.optimacut.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;
import org.primefaces.component.export.ExcelOptions;

/**
 * The Excel export of a data table, for {@code <p:dataExporter type="xlsx">} once {@link #register()}
 * has run: one sheet, the column headers in bold on the first row, then a row per exported table
 * row, the same values as the CSV export. Every cell is written, an empty one too, so a column
 * keeps its place.
 * <p>
 * Cells are text, except in a column that gives its value as a number in the attribute
 * {@value #NUMBER_ATTRIBUTE} ({@code <f:attribute name="xlsxNumber" value="#{row.priceTotal()}"/>}).
 * Such a cell is a number with two decimals, so that Excel can add up the column. A row whose
 * number is {@code null} gets the column's text.
 * <p>
 * PrimeFaces' own xlsx exporter needs Apache POI, and POI brought 16 MB and about 11,000 classes
 * into the web module that the server scanned on every deploy, for this one file. This class writes
 * the few parts of an Office Open XML workbook with the JDK alone, row by row into the response.
 * PrimeFaces creates a new instance for each export, because the instance contains the workbook
 * being written.
 */
public class XlsxExporter extends DataTableExporter<XlsxExporter.Workbook, ExcelOptions> {

    /** The column attribute that gives a cell's value as a number, as the class comment describes. */
    public static final String NUMBER_ATTRIBUTE = "xlsxNumber";

    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private boolean headerRow = true;

    public XlsxExporter() {
        super(new ExcelOptions());
    }

    /**
     * Registers this class as the exporter of data tables for the type {@code xlsx}, in place of
     * PrimeFaces' own. Call it during a Faces request, before the export: PrimeFaces 15.0.13 looks
     * exporters up in its application context, which it creates on the first request and which
     * cannot be created earlier, while the Faces application starts. Calling it again changes nothing.
     */
    public static void register() {
        DataExporters.register(DataTable.class, XlsxExporter.class, "xlsx");
    }

    @Override
    protected Workbook createDocument(FacesContext context) throws IOException {
        return new Workbook(os());
    }

    @Override
    protected void preRowExport(FacesContext context, DataTable table) {
        document.startRow();
        super.preRowExport(context, table);
    }

    @Override
    protected void postRowExport(FacesContext context, DataTable table) {
        document.endRow();
        headerRow = false;
        super.postRowExport(context, table);
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        document.cell(value.toString(), headerRow);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
            int index) {
        // The attribute's expression is evaluated for the row being exported.
        Object number = column instanceof UIComponent component ? component.getAttributes().get(NUMBER_ATTRIBUTE) : null;
        if (number instanceof Number amount) {
            document.number(amount);
        } else {
            document.cell(value.toString(), false);
        }
    }

    @Override
    protected void postExport(FacesContext context) throws IOException {
        super.postExport(context);
        if (document != null) {
            document.finish();
        }
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String getFileExtension() {
        return ".xlsx";
    }

    /**
     * A workbook of one sheet, written to a stream: the fixed parts first, then the sheet's rows
     * as they come. {@link #finish()} closes the sheet and the zip archive. Cells contain inline
     * strings, so the workbook needs no shared string table.
     */
    public static final class Workbook {

        private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
        private static final String DOCUMENT_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        private final ZipOutputStream zip;
        private final Writer out;
        private int row;
        private int column;

        Workbook(OutputStream target) throws IOException {
            zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
            out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOCUMENT_RELS + "\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOCUMENT_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + DOCUMENT_RELS + "/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            // Style 0 is the default, style 1 is bold for the header row, and style 2 is the
            // built-in number format 4, "#,##0.00", shown with the reader's own separators.
            part("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                    + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                    + "</styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        }

        void startRow() {
            row++;
            column = 0;
            write("<row r=\"" + row + "\">");
        }

        void cell(String value, boolean bold) {
            column++;
            write("<c r=\"" + columnName(column) + row + "\" t=\"inlineStr\"" + (bold ? " s=\"1\"" : "") + ">"
                    + "<is><t xml:space=\"preserve\">" + escape(value) + "</t></is></c>");
        }

        void number(Number value) {
            column++;
            String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            write("<c r=\"" + columnName(column) + row + "\" s=\"2\"><v>" + text + "</v></c>");
        }

        void endRow() {
            write("</row>");
        }

        /** Closes the sheet and the archive, but leaves the response stream open. */
        void finish() throws IOException {
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        }

        private void part(String name, String content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            out.write(XML + content);
            out.flush();
            zip.closeEntry();
        }

        private void write(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Returns the spreadsheet name of a column counted from 1: A … Z, AA … */
        static String columnName(int number) {
            StringBuilder name = new StringBuilder();
            for (int n = number; n > 0; n = (n - 1) / 26) {
                name.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return name.toString();
        }

        /** Escapes the text as XML character data and drops the control characters that XML 1.0 forbids. */
        static String escape(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder escaped = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> escaped.append("&amp;");
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '"' -> escaped.append("&quot;");
                    default -> {
                        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                            escaped.append(c);
                        }
                    }
                }
            }
            return escaped.toString();
        }
    }
}
