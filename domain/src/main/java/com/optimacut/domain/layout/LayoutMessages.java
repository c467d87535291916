package com.optimacut.domain.layout;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats messages of the {@code LayoutMessages} bundle. The base bundle is Russian, the
 * product's default language, so the lookup never falls back to the JVM's default locale: a
 * request for Russian must not end up in the English file on an English-speaking server.
 */
final class LayoutMessages {

    static final String BUNDLE = "com.optimacut.domain.layout.LayoutMessages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private LayoutMessages() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** Formats {@code key} with {@code arguments}; a missing key yields the key itself. */
    static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(arguments);
    }
}
