package com.optimacut.domain.shared;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Loader for the product's message bundles. The base file of each bundle is Russian, the
 * product's default language. The lookup never falls back to the JVM's default locale, so a
 * Russian request on an English-speaking server stays Russian, and a language without a file of
 * its own gets Russian.
 */
public final class Bundles {

    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /**
     * Returns the bundle {@code baseName} for {@code locale} (Russian for a null locale), read
     * through {@code loader}: the class loader of the module that contains the properties files.
     */
    public static ResourceBundle load(String baseName, Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(baseName, locale == null ? Locale.ROOT : locale, loader,
                NO_JVM_LOCALE_FALLBACK);
    }

    /** Returns the pattern stored under {@code key}, or null when the bundle has none. */
    public static String patternOrNull(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
