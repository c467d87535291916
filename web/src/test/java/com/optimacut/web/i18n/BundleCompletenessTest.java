package com.optimacut.web.i18n;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Russian and English bundles of the screens have the same keys, and every key the pages
 * and beans use is in them.
 */
class BundleCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/com/optimacut/web/i18n");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile("(?:Messages\\.get|FacesMessages\\.info)\\(\"([a-zA-Z0-9_.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "FacesMessages"})
    void russianAndEnglishHaveSameKeys(String bundle) throws IOException {
        assertEquals(keys(bundle + "_ru"), keys(bundle + "_en"));
    }

    @Test
    void everyKeyOnPagesExists() throws IOException {
        Set<String> missing = missing(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY);

        assertTrue(missing.isEmpty(), () -> "keys used on pages but missing in messages_ru: " + missing);
    }

    @Test
    void everyKeyInBeansExists() throws IOException {
        Set<String> missing = missing(Path.of("src/main/java"), ".java", JAVA_KEY);

        assertTrue(missing.isEmpty(), () -> "keys used in beans but missing in messages_ru: " + missing);
    }

    @Test
    void everyRoleHasLabel() throws IOException {
        Set<String> keys = keys("messages_ru");
        for (String role : new String[] {"ADMIN", "MANAGER", "EXECUTOR", "INTEGRATOR"}) {
            assertTrue(keys.contains("role." + role), "role." + role);
        }
    }

    @Test
    void everyLanguageHasLabel() throws IOException {
        Set<String> keys = keys("messages_ru");
        for (var locale : LocaleView.SUPPORTED) {
            assertTrue(keys.contains("language." + locale.getLanguage()), "language." + locale.getLanguage());
        }
    }

    private static Set<String> missing(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> known = keys("messages_ru");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        return missing;
    }

    private static Set<String> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
