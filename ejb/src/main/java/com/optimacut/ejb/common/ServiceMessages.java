package com.optimacut.ejb.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The services' messages in Russian (the default bundle) and English. Screens and the remote
 * API both resolve {@link BusinessException} keys here, so a rule is worded once.
 */
public final class ServiceMessages {

    static final String BUNDLE = "com.optimacut.ejb.common.ServiceMessages";

    /** Falls back to the Russian base bundle for any language without its own. */
    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ServiceMessages() {
    }

    /**
     * Formats the message for a key; a missing key yields the key itself, so a gap shows up
     * on screen instead of failing the request.
     */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
                ServiceMessages.class.getClassLoader(), NO_JVM_LOCALE_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
