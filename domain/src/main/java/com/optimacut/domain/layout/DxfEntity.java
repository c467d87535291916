package com.optimacut.domain.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One DXF entity: its type and the range of its group pairs in {@link DxfTokens}, from the pair
 * after {@code 0 TYPE} up to the next group code 0. A POLYLINE also holds its VERTEX entities.
 */
final class DxfEntity {

    private final String fileName;
    private final DxfTokens tokens;
    private final String type;
    private final int from;
    private final int to;
    private final List<DxfEntity> vertices = new ArrayList<>();

    DxfEntity(String fileName, DxfTokens tokens, String type, int from, int to) {
        this.fileName = fileName;
        this.tokens = tokens;
        this.type = type;
        this.from = from;
        this.to = to;
    }

    String type() {
        return type;
    }

    /** Returns the line of the file where the entity starts, for messages. */
    int line() {
        return tokens.line(Math.max(0, from - 1));
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    DxfTokens tokens() {
        return tokens;
    }

    List<DxfEntity> vertices() {
        return vertices;
    }

    /** Returns the raw value of the first pair with {@code code}, or {@code null}. */
    String raw(int code) {
        for (int i = from; i < to; i++) {
            if (tokens.code(i) == code) {
                return tokens.value(i);
            }
        }
        return null;
    }

    /** Returns the number of the first pair with {@code code}, or {@code fallback} when there is none. */
    double number(int code, double fallback) throws LayoutAnalysisException {
        for (int i = from; i < to; i++) {
            if (tokens.code(i) == code) {
                return numberAt(i);
            }
        }
        return fallback;
    }

    int integer(int code, int fallback) throws LayoutAnalysisException {
        double value = number(code, fallback);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw invalid(code);
        }
        return (int) value;
    }

    /** Returns the finite number at pair {@code index}; fails naming the file and the line otherwise. */
    double numberAt(int index) throws LayoutAnalysisException {
        String text = tokens.trimmed(index);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new LayoutAnalysisException(e, "layout.error.malformedDxf", fileName, tokens.line(index) + 1);
        }
        if (!Double.isFinite(value)) {
            throw new LayoutAnalysisException("layout.error.malformedDxf", fileName, tokens.line(index) + 1);
        }
        return value;
    }

    /** Returns the failure for an entity whose values make no geometric sense. */
    LayoutAnalysisException invalid(int code) {
        return new LayoutAnalysisException("layout.error.invalidEntity", fileName, type, line(), code);
    }
}
