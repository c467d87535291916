package com.optimacut.domain.shared;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Formats messages and labels of the {@code com.optimacut.domain.DomainMessages} bundle.
 * <p>
 * The base bundle is Russian, the product's default language, and the lookup never falls back to
 * the JVM's default locale, so a Russian request on an English-speaking server stays Russian.
 * Enum arguments are replaced by their labels, stored under {@code <EnumSimpleName>.<CONSTANT>}
 * (for example {@code ProjectStatus.WAITING}); the simple names of the model's enums are unique.
 */
public final class DomainMessages {

    /** The bundle's base name, for screens that read labels from it directly. */
    public static final String BUNDLE = "com.optimacut.domain.DomainMessages";

    private DomainMessages() {
    }

    /** Returns the bundle for {@code locale}: English for English, Russian for anything else. */
    public static ResourceBundle bundle(Locale locale) {
        return Bundles.load(BUNDLE, locale, DomainMessages.class.getClassLoader());
    }

    /** Formats {@code key} with {@code arguments}; a missing key yields the key itself. */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        String pattern = Bundles.patternOrNull(bundle, key);
        if (pattern == null) {
            return key;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = displayable(bundle, arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** Returns the label of an enum constant, or its name when the bundle has no label. */
    public static String label(Locale locale, Enum<?> constant) {
        return label(bundle(locale), constant);
    }

    /** Returns the bundle key of an enum constant's label. */
    public static String labelKey(Enum<?> constant) {
        return constant.getDeclaringClass().getSimpleName() + '.' + constant.name();
    }

    /**
     * Returns an argument as {@link MessageFormat} shows it: enum constants by label, instants as
     * {@link Date}, so that patterns can use {@code {0,date,...}} and {@code {0,time,...}}.
     */
    private static Object displayable(ResourceBundle bundle, Object argument) {
        if (argument instanceof Enum<?> constant) {
            return label(bundle, constant);
        }
        // NOTE: MessageFormat shows a Date in the JVM's default time zone, which is the server's.
        return argument instanceof Instant instant ? Date.from(instant) : argument;
    }

    private static String label(ResourceBundle bundle, Enum<?> constant) {
        String key = labelKey(constant);
        return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
    }
}
