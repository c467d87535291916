package com.optimacut.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels of the domain's enums (status, priority, notification kind) from the domain's bundle
 * {@code DomainMessages}, whose keys are {@code EnumType.CONSTANT}, in the current view's language.
 */
@Named
@ApplicationScoped
public class DomainLabels {

    private static final String BUNDLE = "com.optimacut.domain.DomainMessages";
    /**
     * The Russian texts are in the base file, so a Russian lookup must not fall back to the
     * server's default locale, which would find the English file first.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    /** Returns the label of an enum constant, its name when the bundle has none, or "" for none. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        try {
            return ResourceBundle.getBundle(BUNDLE, Messages.currentLocale(), DomainLabels.class.getClassLoader(),
                    NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return value.name();
        }
    }
}
