package com.optimacut.domain.layout;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Decodes DXF text values. Files up to AutoCAD 2004 (AC1018) store text in the code page named by
 * {@code $DWGCODEPAGE}, such as {@code ANSI_1251} for Cyrillic; from AutoCAD 2007 (AC1021) text is
 * UTF-8. Both may contain {@code \U+XXXX} escapes for characters outside the code page.
 */
final class DxfText {

    private final Charset charset;

    private DxfText(Charset charset) {
        this.charset = charset;
    }

    /** Returns the decoder for a file of version {@code acadVersion} and code page {@code codePage}; both may be null. */
    static DxfText of(String acadVersion, String codePage) {
        if (acadVersion != null && acadVersion.compareTo("AC1021") >= 0) {
            return new DxfText(StandardCharsets.UTF_8);
        }
        return new DxfText(charsetOf(codePage));
    }

    private static Charset charsetOf(String codePage) {
        if (codePage == null) {
            return Charset.forName("windows-1252");
        }
        String name = codePage.strip().toUpperCase(Locale.ROOT);
        String javaName;
        if (name.startsWith("ANSI_")) {
            String number = name.substring(5);
            javaName = switch (number) {
                case "932" -> "Shift_JIS";
                case "936" -> "GBK";
                case "949" -> "x-windows-949";
                case "950" -> "Big5";
                case "874" -> "x-windows-874";
                default -> "windows-" + number;
            };
        } else if (name.startsWith("DOS")) {
            javaName = "IBM" + name.substring(3);
        } else if (name.startsWith("ISO8859-")) {
            javaName = "ISO-8859-" + name.substring(8);
        } else {
            javaName = "windows-1252";
        }
        try {
            return Charset.forName(javaName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Charset.forName("windows-1252");
        }
    }

    /** Decodes {@code raw}, read one char per byte, into text. */
    String decode(String raw) {
        String text = raw.strip();
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (!ascii) {
            text = new String(text.getBytes(StandardCharsets.ISO_8859_1), charset);
        }
        return text.indexOf("\\U+") >= 0 || text.indexOf("\\u+") >= 0 ? unescape(text) : text;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '\\' && (text.charAt(i + 1) == 'U' || text.charAt(i + 1) == 'u')
                    && text.charAt(i + 2) == '+' && isHex(text, i + 3, i + 7)) {
                out.append((char) Integer.parseInt(text.substring(i + 3, i + 7), 16));
                i += 7;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
