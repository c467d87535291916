package com.optimacut.domain.layout;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The group-code/value pairs of an ASCII DXF file. Values are kept as ISO-8859-1 strings, one char
 * per byte, because the real code page ({@code $DWGCODEPAGE}) is known only after the header has
 * been read; {@link DxfText} decodes names later.
 */
final class DxfTokens {

    private int[] codes = new int[1024];
    private String[] values = new String[1024];
    private int[] lines = new int[1024];
    private int size;

    /**
     * Splits {@code content} into pairs. Lines may end in LF, CRLF or CR.
     *
     * @throws LayoutAnalysisException {@code layout.error.malformedDxf} when a group code is not an
     *     integer, {@code layout.error.truncated} when the last code has no value
     */
    static DxfTokens parse(String fileName, byte[] content, WorkBudget budget) throws LayoutAnalysisException {
        DxfTokens tokens = new DxfTokens();
        int position = skipByteOrderMark(content);
        int lineNumber = 0;
        while (position < content.length) {
            int codeStart = position;
            int codeEnd = lineEnd(content, codeStart);
            position = nextLine(content, codeEnd);
            lineNumber++;
            if (isBlank(content, codeStart, codeEnd) && position >= content.length) {
                break;
            }
            int code = parseCode(content, codeStart, codeEnd);
            if (code < 0) {
                throw new LayoutAnalysisException("layout.error.malformedDxf", fileName, lineNumber);
            }
            if (position >= content.length) {
                throw new LayoutAnalysisException("layout.error.truncated", fileName);
            }
            int valueEnd = lineEnd(content, position);
            String value = new String(content, position, valueEnd - position, StandardCharsets.ISO_8859_1);
            tokens.append(code, value, lineNumber);
            position = nextLine(content, valueEnd);
            lineNumber++;
            if ((tokens.size & 0xFFF) == 0) {
                budget.spend(0x1000);
            }
        }
        return tokens;
    }

    private static int skipByteOrderMark(byte[] c) {
        boolean bom = c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF;
        return bom ? 3 : 0;
    }

    private static int lineEnd(byte[] c, int from) {
        int i = from;
        while (i < c.length && c[i] != '\n' && c[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(byte[] c, int lineEnd) {
        if (lineEnd < c.length && c[lineEnd] == '\r') {
            lineEnd++;
            if (lineEnd < c.length && c[lineEnd] == '\n') {
                lineEnd++;
            }
            return lineEnd;
        }
        return lineEnd < c.length ? lineEnd + 1 : lineEnd;
    }

    private static boolean isBlank(byte[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] != ' ' && c[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Returns the group code on {@code [from, to)}, or -1 when it is not a number from 0 to 9999. */
    private static int parseCode(byte[] c, int from, int to) {
        int i = from;
        while (i < to && (c[i] == ' ' || c[i] == '\t')) {
            i++;
        }
        int end = to;
        while (end > i && (c[end - 1] == ' ' || c[end - 1] == '\t')) {
            end--;
        }
        boolean negative = i < end && c[i] == '-';
        if (negative) {
            i++;
        }
        if (i == end || end - i > 4) {
            return -1;
        }
        int code = 0;
        for (; i < end; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return -1;
            }
            code = code * 10 + (c[i] - '0');
        }
        // NOTE: negative codes (-1 to -5, application references) are not used in ENTITIES; read as malformed.
        return negative ? -1 : code;
    }

    private void append(int code, String value, int line) {
        if (size == codes.length) {
            int capacity = size * 2;
            codes = Arrays.copyOf(codes, capacity);
            values = Arrays.copyOf(values, capacity);
            lines = Arrays.copyOf(lines, capacity);
        }
        codes[size] = code;
        values[size] = value;
        lines[size] = line;
        size++;
    }

    int size() {
        return size;
    }

    int code(int index) {
        return codes[index];
    }

    String value(int index) {
        return values[index];
    }

    /** Returns the value without surrounding blanks, as names and keywords are compared. */
    String trimmed(int index) {
        return values[index].strip();
    }

    int line(int index) {
        return lines[index];
    }

    boolean is(int index, int code, String value) {
        return codes[index] == code && values[index].strip().equals(value);
    }
}
