package com.optimacut.domain.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures DXF and SVG layout files for pricing. An analyzer has no mutable state, so one
 * instance may serve many threads. Every failure on bad input is a
 * {@link LayoutAnalysisException}; nothing else escapes for any content.
 */
public final class LayoutAnalyzer {

    private static final Logger LOGGER = Logger.getLogger(LayoutAnalyzer.class.getName());

    private final LayoutOptions options;

    /** Creates an analyzer with {@link LayoutOptions#defaults()}. */
    public LayoutAnalyzer() {
        this(LayoutOptions.defaults());
    }

    public LayoutAnalyzer(LayoutOptions options) {
        this.options = options;
    }

    /**
     * Analyses a layout file. Call {@link LayoutFormat#detect} first to learn whether the file is
     * one to accept with dimensions entered by hand (PDF, AI, CDR, raster).
     *
     * @param fileName the client's file name, shown in messages and used for its extension
     * @param content the whole file
     * @return the measures in millimetres
     * @throws LayoutAnalysisException when the file is empty, too large, of a format that cannot be
     *     analysed (key {@code layout.error.manualDimensions} for PDF, AI, CDR and raster files),
     *     malformed, truncated, binary DXF, too complex for the limits, or has nothing to cut
     */
    public LayoutAnalysis analyze(String fileName, byte[] content) throws LayoutAnalysisException {
        if (content.length == 0 || new String(content, 0, Math.min(content.length, 4096),
                java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new LayoutAnalysisException("layout.error.empty", fileName);
        }
        if (content.length > options.limits().maxFileBytes()) {
            throw new LayoutAnalysisException("layout.error.tooLarge", fileName, options.limits().maxFileBytes());
        }
        LayoutFormat format = LayoutFormat.detect(fileName, content);
        try {
            Drawing drawing = switch (format) {
                case DXF -> DxfReader.read(fileName, content, options);
                case SVG -> SvgReader.read(fileName, content, options);
                case UNKNOWN -> throw new LayoutAnalysisException("layout.error.unsupportedFormat", fileName);
                default -> throw new LayoutAnalysisException("layout.error.manualDimensions", fileName, format.name());
            };
            return new LayoutMeasurer(options).measure(drawing, format);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of the reader must still reach the caller as the one documented failure.
            LOGGER.log(Level.WARNING, e, () -> "Layout analysis failed unexpectedly on " + fileName);
            throw new LayoutAnalysisException(e, "layout.error.unreadable", fileName);
        }
    }

    /**
     * Reads {@code content} to the end, at most {@link LayoutLimits#maxFileBytes()} bytes, and
     * analyses it as {@link #analyze(String, byte[])} does. The stream is not closed.
     *
     * @throws LayoutAnalysisException also when the stream cannot be read ({@code layout.error.unreadable})
     */
    public LayoutAnalysis analyze(String fileName, InputStream content) throws LayoutAnalysisException {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.limits().maxFileBytes() + 1));
        } catch (IOException e) {
            throw new LayoutAnalysisException(e, "layout.error.unreadable", fileName);
        }
        return analyze(fileName, bytes);
    }
}
