package com.optimacut.domain.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a DXF file that the analysis uses: header variables, layer colours, blocks and the
 * model's entities. Every SECTION must end with ENDSEC and the file with EOF; a file cut short
 * anywhere fails as truncated.
 */
final class DxfDocument {

    /** A BLOCK definition: its base point and entities. */
    record Block(String name, double baseX, double baseY, List<DxfEntity> entities) {
    }

    private final String fileName;
    private final DxfTokens tokens;
    private final Map<String, String> header = new HashMap<>();
    private final Map<String, Integer> layerColors = new HashMap<>();
    private final Map<String, Block> blocks = new HashMap<>();
    private final List<DxfEntity> entities = new ArrayList<>();
    private DxfText text = DxfText.of(null, null);

    private DxfDocument(String fileName, DxfTokens tokens) {
        this.fileName = fileName;
        this.tokens = tokens;
    }

    /** Reads the sections of {@code tokens}. */
    static DxfDocument read(String fileName, DxfTokens tokens) throws LayoutAnalysisException {
        DxfDocument document = new DxfDocument(fileName, tokens);
        document.readSections();
        return document;
    }

    private void readSections() throws LayoutAnalysisException {
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.is(i, 0, "EOF")) {
                return;
            }
            if (!tokens.is(i, 0, "SECTION") || i + 1 >= tokens.size() || tokens.code(i + 1) != 2) {
                throw new LayoutAnalysisException("layout.error.malformedDxf", fileName, tokens.line(i));
            }
            String name = tokens.trimmed(i + 1);
            int start = i + 2;
            int end = start;
            while (end < tokens.size() && !tokens.is(end, 0, "ENDSEC") && !tokens.is(end, 0, "EOF")) {
                end++;
            }
            if (end >= tokens.size() || !tokens.is(end, 0, "ENDSEC")) {
                throw new LayoutAnalysisException("layout.error.truncated", fileName);
            }
            readSection(name, start, end);
            i = end + 1;
        }
        throw new LayoutAnalysisException("layout.error.truncated", fileName);
    }

    private void readSection(String name, int start, int end) throws LayoutAnalysisException {
        switch (name) {
            case "HEADER" -> readHeader(start, end);
            case "TABLES" -> readLayers(split(start, end));
            case "BLOCKS" -> readBlocks(split(start, end));
            case "ENTITIES" -> entities.addAll(group(split(start, end)));
            default -> {
                // CLASSES, OBJECTS, THUMBNAILIMAGE and others hold nothing to cut.
            }
        }
    }

    private void readHeader(int start, int end) {
        String variable = null;
        for (int i = start; i < end; i++) {
            if (tokens.code(i) == 9) {
                variable = tokens.trimmed(i);
            } else if (variable != null && !header.containsKey(variable)) {
                header.put(variable, tokens.trimmed(i));
            }
        }
        text = DxfText.of(header.get("$ACADVER"), header.get("$DWGCODEPAGE"));
    }

    /** Splits pairs {@code [start, end)} into entities at each group code 0. */
    private List<DxfEntity> split(int start, int end) throws LayoutAnalysisException {
        List<DxfEntity> result = new ArrayList<>();
        int i = start;
        if (i < end && tokens.code(i) != 0) {
            throw new LayoutAnalysisException("layout.error.malformedDxf", fileName, tokens.line(i));
        }
        while (i < end) {
            int next = i + 1;
            while (next < end && tokens.code(next) != 0) {
                next++;
            }
            result.add(new DxfEntity(fileName, tokens, tokens.trimmed(i), i + 1, next));
            i = next;
        }
        return result;
    }

    private void readLayers(List<DxfEntity> records) throws LayoutAnalysisException {
        for (DxfEntity entry : records) {
            String name = entry.raw(2);
            if (entry.type().equals("LAYER") && name != null) {
                layerColors.put(key(text.decode(name)), Math.abs(entry.integer(62, 7)));
            }
        }
    }

    private void readBlocks(List<DxfEntity> records) throws LayoutAnalysisException {
        int i = 0;
        while (i < records.size()) {
            DxfEntity head = records.get(i);
            i++;
            if (!head.type().equals("BLOCK")) {
                continue;
            }
            List<DxfEntity> content = new ArrayList<>();
            while (i < records.size() && !records.get(i).type().equals("ENDBLK")) {
                content.add(records.get(i));
                i++;
            }
            String name = text.decode(head.raw(2) == null ? "" : head.raw(2));
            blocks.put(key(name), new Block(name, head.number(10, 0), head.number(20, 0), group(content)));
        }
    }

    /** Attaches VERTEX entities to their POLYLINE and drops the SEQEND and ATTRIB that close sequences. */
    private static List<DxfEntity> group(List<DxfEntity> flat) {
        List<DxfEntity> result = new ArrayList<>();
        DxfEntity polyline = null;
        for (DxfEntity entity : flat) {
            switch (entity.type()) {
                case "VERTEX" -> {
                    if (polyline != null) {
                        polyline.vertices().add(entity);
                    }
                }
                case "SEQEND", "ATTRIB" -> polyline = null;
                default -> {
                    polyline = entity.type().equals("POLYLINE") ? entity : null;
                    result.add(entity);
                }
            }
        }
        return result;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    String header(String variable) {
        return header.get(variable);
    }

    DxfText text() {
        return text;
    }

    /** Returns the ACI colour of {@code layer}, 7 (white or black) when the layer is not in the table. */
    int layerColor(String layer) {
        return layerColors.getOrDefault(key(layer), 7);
    }

    Block block(String name) {
        return blocks.get(key(name));
    }

    List<DxfEntity> entities() {
        return entities;
    }
}
