package com.optimacut.domain.layout;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@code optimacut-layout.jar}: {@code java -jar optimacut-layout.jar
 * [--lang=ru|en] FILE...}. It prints one JSON object per file (an array when there are several)
 * to standard output in UTF-8 and exits with status 1 when any file failed, 2 on a usage error.
 * Messages are Russian unless {@code --lang=en} is given.
 */
public final class LayoutCli {

    private LayoutCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, out));
    }

    /** Runs the command on {@code args}, printing to {@code out}; returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        Locale locale = Locale.forLanguageTag("ru");
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--lang=")) {
                locale = Locale.forLanguageTag(arg.substring("--lang=".length()));
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            out.println(LayoutMessages.format(locale, "layout.cli.usage"));
            return 2;
        }
        LayoutAnalyzer analyzer = new LayoutAnalyzer();
        List<String> objects = new ArrayList<>();
        boolean failed = false;
        for (String file : files) {
            Result result = analyzeFile(analyzer, file, locale);
            failed |= result.failed();
            objects.add(result.json());
        }
        out.println(files.size() == 1 ? objects.get(0) : "[\n" + String.join(",\n", objects) + "\n]");
        return failed ? 1 : 0;
    }

    private record Result(String json, boolean failed) {
    }

    private static Result analyzeFile(LayoutAnalyzer analyzer, String file, Locale locale) {
        Path path = Path.of(file);
        String name = path.getFileName() == null ? file : path.getFileName().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            String message = LayoutMessages.format(locale, "layout.error.unreadable", name);
            return new Result(errorJson(file, message), true);
        }
        LayoutFormat format = LayoutFormat.detect(name, content);
        if (format.requiresManualDimensions()) {
            String message = LayoutMessages.format(locale, "layout.error.manualDimensions", name, format.name());
            return new Result("{\"file\": " + quote(file) + ", \"format\": " + quote(format.name())
                    + ", \"manualDimensions\": true, \"message\": " + quote(message) + "}", false);
        }
        try {
            return new Result(analysisJson(file, analyzer.analyze(name, content), locale), false);
        } catch (LayoutAnalysisException e) {
            return new Result(errorJson(file, e.getLocalizedMessage(locale)), true);
        }
    }

    private static String analysisJson(String file, LayoutAnalysis a, Locale locale) {
        List<String> warnings = new ArrayList<>();
        for (LayoutWarning warning : a.warnings()) {
            warnings.add(quote(warning.message(locale)));
        }
        return "{\"file\": " + quote(file)
                + ", \"cutLengthMm\": " + number(a.cutLengthMm())
                + ", \"contours\": " + a.contours()
                + ", \"openContours\": " + a.openContours()
                + ", \"bboxMm\": [" + number(a.bboxWidthMm()) + ", " + number(a.bboxHeightMm()) + "]"
                + ", \"netAreaMm2\": " + number(a.netAreaMm2())
                + ", \"engraveLengthMm\": " + number(a.engraveLengthMm())
                + ", \"units\": " + quote(a.units())
                + ", \"warnings\": [" + String.join(", ", warnings) + "]}";
    }

    private static String errorJson(String file, String message) {
        return "{\"file\": " + quote(file) + ", \"error\": " + quote(message) + "}";
    }

    /** Formats a measure with four decimals, a tenth of a micrometre, without trailing zeros. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** Returns {@code text} as a JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
