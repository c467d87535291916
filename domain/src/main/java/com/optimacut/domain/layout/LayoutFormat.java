package com.optimacut.domain.layout;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kind of a layout file, detected from its first bytes and, where those say nothing, from the
 * file name's extension. Only {@link #DXF} and {@link #SVG} can be analysed; PDF, Illustrator,
 * CorelDRAW and raster images are accepted as layouts whose dimensions a person enters by hand.
 */
public enum LayoutFormat {
    DXF(true),
    SVG(true),
    PDF(false),
    AI(false),
    CDR(false),
    RASTER(false),
    UNKNOWN(false);

    private static final int SNIFF_BYTES = 512;

    private final boolean analysable;

    LayoutFormat(boolean analysable) {
        this.analysable = analysable;
    }

    /** Returns whether {@link LayoutAnalyzer} can measure files of this kind. */
    public boolean isAnalysable() {
        return analysable;
    }

    /**
     * Returns whether the caller should accept the file and ask for its dimensions by hand
     * instead of analysing it: true for PDF, AI, CDR and raster images.
     */
    public boolean requiresManualDimensions() {
        return !analysable && this != UNKNOWN;
    }

    /**
     * Detects the kind of {@code content}. Magic numbers win over the extension, so a PNG named
     * {@code part.dxf} is {@link #RASTER}. An AI file that is really a PDF is still {@link #AI}.
     *
     * @param fileName the client's file name, used for its extension; may be {@code null}
     * @param content the file content; may be empty
     */
    public static LayoutFormat detect(String fileName, byte[] content) {
        String extension = extension(fileName);
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            return extension.equals("ai") ? AI : PDF;
        }
        if (head.startsWith("%!PS-Adobe") && extension.equals("ai")) {
            return AI;
        }
        if (isRaster(content)) {
            return RASTER;
        }
        if (head.startsWith("RIFF") && head.startsWith("CDR", 8)) {
            return CDR;
        }
        if (head.startsWith("AutoCAD Binary DXF")) {
            return DXF;
        }
        return byExtension(extension, head);
    }

    private static LayoutFormat byExtension(String extension, String head) {
        switch (extension) {
            case "dxf":
                return DXF;
            case "svg":
                return SVG;
            case "pdf":
                return PDF;
            case "ai":
                return AI;
            case "cdr":
                return CDR;
            case "png": case "jpg": case "jpeg": case "gif": case "bmp": case "tif": case "tiff": case "webp":
                return RASTER;
            default:
                break;
        }
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<") && head.contains("<svg")) {
            return SVG;
        }
        if (trimmed.startsWith("0") && head.contains("SECTION")) {
            return DXF;
        }
        return UNKNOWN;
    }

    private static boolean isRaster(byte[] c) {
        boolean png = c.length >= 4 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G';
        boolean jpeg = c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF;
        boolean gif = c.length >= 4 && c[0] == 'G' && c[1] == 'I' && c[2] == 'F' && c[3] == '8';
        boolean bmp = c.length >= 2 && c[0] == 'B' && c[1] == 'M';
        boolean tiff = c.length >= 4 && ((c[0] == 'I' && c[1] == 'I' && c[2] == 42 && c[3] == 0)
                || (c[0] == 'M' && c[1] == 'M' && c[2] == 0 && c[3] == 42));
        return png || jpeg || gif || bmp || tiff;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
