package com.optimacut.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.executor.Trade;
import com.optimacut.domain.inquiry.InquiryOutcome;
import com.optimacut.domain.material.CuttingPricing;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.material.SheetPricing;
import com.optimacut.domain.notification.NotificationKind;
import com.optimacut.domain.project.CourierRequestKind;
import com.optimacut.domain.project.DiscountSource;
import com.optimacut.domain.project.LayoutStatus;
import com.optimacut.domain.project.Priority;
import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.domain.settings.SettingKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DomainMessagesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The enums whose constants are shown to users and need a label in both bundles. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(ProjectStatus.class, ProjectAction.class,
            Priority.class, LayoutStatus.class, CourierRequestKind.class, DiscountSource.class, InquiryOutcome.class,
            Trade.class, MaterialKind.class, SheetPricing.class, CuttingPricing.class, NotificationKind.class,
            SettingKey.class, TextField.class);

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DomainMessagesTest.class.getResourceAsStream("/com/optimacut/domain/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /**
     * Returns the message keys that the sources use: dotted string literals, minus setting keys, the
     * bundle name and the attribute paths of query hints ({@code value = "p.items"}).
     */
    private static Set<String> keysInSources() throws IOException {
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        Set<String> ignored = new HashSet<>();
        for (SettingKey key : SettingKey.values()) {
            ignored.add(key.key());
        }
        ignored.add(DomainMessages.BUNDLE);
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/optimacut/domain"))) {
            for (Path file : (Iterable<Path>) files.filter(DomainMessagesTest::isLifecycleSource)::iterator) {
                String source = Files.readString(file);
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    if (!source.startsWith("value = ", Math.max(0, m.start() - 8))) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        keys.removeAll(ignored);
        return keys;
    }

    /** The packages whose messages are in DomainMessages; layout and pricing have bundles and tests of their own. */
    private static final List<String> LIFECYCLE_PACKAGES = List.of("/client/", "/inquiry/", "/project/", "/material/",
            "/executor/", "/notification/", "/settings/", "/shared/");

    private static boolean isLifecycleSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && LIFECYCLE_PACKAGES.stream().anyMatch(path::contains);
    }

    @Test
    void russianAndEnglishHaveSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("DomainMessages.properties").stringPropertyNames()),
                new TreeSet<>(load("DomainMessages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyInSourcesIsInRussian() throws IOException {
        Set<String> missing = keysInSources();
        missing.removeAll(load("DomainMessages.properties").stringPropertyNames());

        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyInSourcesIsInEnglish() throws IOException {
        Set<String> missing = keysInSources();
        missing.removeAll(load("DomainMessages_en.properties").stringPropertyNames());

        assertEquals(Set.of(), missing);
    }

    @Test
    void sourceScanFindsKnownKeys() throws IOException {
        assertTrue(keysInSources().containsAll(Set.of("project.locked", "material.pricePerM2.range", "text.required")));
    }

    @Test
    void everyEnumConstantHasLabels() throws IOException {
        Properties russian = load("DomainMessages.properties");
        Properties english = load("DomainMessages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = DomainMessages.labelKey(constant);
                if (!russian.containsKey(key) || !english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyPatternIsValidMessageFormat() throws IOException {
        for (String bundle : List.of("DomainMessages.properties", "DomainMessages_en.properties")) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                Object[] arguments = {"a", new java.util.Date(), 3};
                String text = new MessageFormat(properties.getProperty(key), Locale.ROOT).format(arguments);
                assertTrue(!text.isBlank(), bundle + " " + key);
            }
        }
    }

    @Test
    void statusLabelsMatchGlossary() {
        Map<ProjectStatus, String> glossary = Map.of(ProjectStatus.WAITING, "Ждёт очереди",
                ProjectStatus.IN_PROGRESS, "В процессе", ProjectStatus.DIFFICULTIES, "Трудности с выполнением",
                ProjectStatus.DONE, "Выполнен", ProjectStatus.ACCEPTED, "Принят, ждём клиента",
                ProjectStatus.CLOSED, "Закрыт", ProjectStatus.REFUSED, "Отказ", ProjectStatus.SUSPENDED, "Приостановлен");
        for (Map.Entry<ProjectStatus, String> entry : glossary.entrySet()) {
            assertEquals(entry.getValue(), DomainMessages.label(RUSSIAN, entry.getKey()));
        }
    }

    @Test
    void forbiddenTransitionNamesBothStatuses() {
        String text = DomainMessages.format(RUSSIAN, "project.transition.forbidden", ProjectStatus.WAITING,
                ProjectAction.CLOSE, ProjectStatus.CLOSED);

        assertEquals("Нельзя перевести проект из статуса «Ждёт очереди» в статус «Закрыт» (действие «Закрыть»).", text);
    }

    @Test
    void russianIsDefaultOnEnglishJvm() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("Отказ", DomainMessages.label(RUSSIAN, ProjectStatus.REFUSED));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void englishIsUsedForEnglish() {
        assertEquals("Refused", DomainMessages.label(Locale.ENGLISH, ProjectStatus.REFUSED));
    }

    @Test
    void exceptionFormatsItsMessage() {
        DomainRuleException e = assertThrowsRule(() -> new Client(" ", Instant.EPOCH));

        assertEquals("Заполните поле «Клиент».", e.localizedMessage(RUSSIAN));
    }

    private static DomainRuleException assertThrowsRule(Runnable action) {
        return org.junit.jupiter.api.Assertions.assertThrows(DomainRuleException.class, action::run);
    }
}
