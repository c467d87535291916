package com.optimacut.domain.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class LayoutMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LayoutMessagesTest.class.getResourceAsStream("/com/optimacut/domain/layout/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void russianAndEnglishHaveSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("LayoutMessages.properties").stringPropertyNames()),
                new TreeSet<>(load("LayoutMessages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyInSourcesIsInBundle() throws IOException {
        Set<String> keys = load("LayoutMessages.properties").stringPropertyNames();
        Pattern used = Pattern.compile("\"(layout\\.(?:error|warning|cli)\\.[A-Za-z]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/optimacut/domain/layout"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = used.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyPatternIsValidMessageFormat() throws IOException {
        for (String bundle : new String[] {"LayoutMessages.properties", "LayoutMessages_en.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String text = new MessageFormat(properties.getProperty(key), Locale.ROOT).format(new Object[] {"f.dxf", 1, 2, 3});
                assertTrue(key.startsWith("layout.cli") || text.contains("f.dxf"), bundle + " " + key + " names the file");
            }
        }
    }

    @Test
    void russianIsDefaultOnEnglishJvm() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String text = LayoutMessages.format(Locale.forLanguageTag("ru"), "layout.error.empty", "f.dxf");
            assertTrue(text.contains("пуст"), text);
        } finally {
            Locale.setDefault(previous);
        }
    }
}
