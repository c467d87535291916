package com.optimacut.domain.layout;

/**
 * Reads numbers and flags from SVG attribute text such as path data, {@code points} and
 * {@code transform}, following the SVG grammar: "1.5.5" is 1.5 then 0.5, "1-2" is 1 then -2, and
 * an arc flag is a single 0 or 1 character.
 */
final class SvgNumberScanner {

    private final String text;
    private int position;

    SvgNumberScanner(String text) {
        this.text = text;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        skipSeparators();
        return position >= text.length();
    }

    char peek() {
        return text.charAt(position);
    }

    void advance() {
        position++;
    }

    /** Skips white space and at most one comma between values. */
    void skipSeparators() {
        skipWhitespace();
        if (position < text.length() && text.charAt(position) == ',') {
            position++;
            skipWhitespace();
        }
    }

    void skipWhitespace() {
        while (position < text.length() && isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Returns whether a number starts at the current position, after separators. */
    boolean hasNumber() {
        skipSeparators();
        if (position >= text.length()) {
            return false;
        }
        char c = text.charAt(position);
        return c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9');
    }

    /** Reads a number, or returns NaN and leaves the position when there is none. */
    double number() {
        skipSeparators();
        int start = position;
        int i = position;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        i = exponentEnd(i);
        position = i;
        double value = Double.parseDouble(text.substring(start, i));
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private int exponentEnd(int i) {
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && Character.isDigit(text.charAt(j))) {
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                return j;
            }
        }
        return i;
    }

    /** Reads an arc flag, or returns -1 when the next character is not 0 or 1. */
    int flag() {
        skipSeparators();
        if (position < text.length() && (text.charAt(position) == '0' || text.charAt(position) == '1')) {
            return text.charAt(position++) - '0';
        }
        return -1;
    }
}
