package com.optimacut.ejb.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Russian and English bundles of the services have the same keys, and every key that a
 * {@link BusinessException} is thrown with exists.
 */
class BundleCompletenessTest {

    private static final Path RESOURCES = Path.of("src/main/resources/com/optimacut/ejb");
    private static final Pattern THROWN_KEY = Pattern.compile("new BusinessException\\(\"([a-zA-Z0-9_.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"common/ServiceMessages", "mail/MailTexts"})
    void russianAndEnglishHaveSameKeys(String bundle) throws IOException {
        assertEquals(keys(bundle), keys(bundle + "_en"));
    }

    @Test
    void everyThrownKeyExists() throws IOException {
        Set<String> known = keys("common/ServiceMessages");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = THROWN_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1));
                    }
                }
            }
        }

        assertTrue(missing.isEmpty(), () -> "keys thrown but missing in ServiceMessages: " + missing);
    }

    private static Set<String> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
