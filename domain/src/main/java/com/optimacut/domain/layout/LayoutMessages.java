package com.optimacut.domain.layout;

import com.optimacut.domain.shared.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Formats messages of the {@code LayoutMessages} bundle. The base bundle is Russian, the
 * product's default language, so the lookup never falls back to the JVM's default locale: a
 * request for Russian must not end up in the English file on an English-speaking server.
 */
final class LayoutMessages {

    static final String BUNDLE = "com.optimacut.domain.layout.LayoutMessages";

    private LayoutMessages() {
    }

    static ResourceBundle bundle(Locale locale) {
        return Bundles.load(BUNDLE, locale, LayoutMessages.class.getClassLoader());
    }

    /** Formats {@code key} with {@code arguments}; a missing key yields the key itself. */
    static String format(Locale locale, String key, Object... arguments) {
        String pattern = Bundles.patternOrNull(bundle(locale), key);
        if (pattern == null) {
            return key;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(arguments);
    }
}
