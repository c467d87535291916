package com.optimacut.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PricingMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/optimacut/domain/pricing");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PricingMessagesTest.class.getResourceAsStream("/com/optimacut/domain/pricing/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Collects the keys the sources use: string literals, the special-price variants and the enum keys. */
    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(pricing\\.(?:error|line|note|discount|source)\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.add("pricing.line.materialSheetSpecial");
        used.add("pricing.line.materialAreaSpecial");
        for (PricingField field : PricingField.values()) {
            used.add(field.key());
        }
        for (DiscountSource source : DiscountSource.values()) {
            used.add(source.key());
        }
        return used;
    }

    @Test
    void russianAndEnglishHaveSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("PricingMessages.properties").stringPropertyNames()),
                new TreeSet<>(load("PricingMessages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyUsedKeyIsInRussianBundle() throws IOException {
        Set<String> missing = usedKeys();
        missing.removeAll(load("PricingMessages.properties").stringPropertyNames());

        assertEquals(Set.of(), missing);
    }

    @Test
    void everyUsedKeyIsInEnglishBundle() throws IOException {
        Set<String> missing = usedKeys();
        missing.removeAll(load("PricingMessages_en.properties").stringPropertyNames());

        assertEquals(Set.of(), missing);
    }

    @Test
    void everyBundleKeyIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(load("PricingMessages.properties").stringPropertyNames());
        unused.removeAll(usedKeys());

        assertEquals(Set.of(), unused);
    }

    @Test
    void everyPatternIsValidMessageFormat() throws IOException {
        Object[] numbers = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        for (String bundle : new String[] {"PricingMessages.properties", "PricingMessages_en.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String pattern = properties.getProperty(key);
                assertDoesNotThrow(() -> new MessageFormat(pattern, Locale.ROOT).format(numbers), bundle + " " + key);
            }
        }
    }
}
