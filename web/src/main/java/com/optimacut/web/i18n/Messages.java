package com.optimacut.web.i18n;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the screens' bundle ({@code com.optimacut.web.i18n.messages}) for backing beans, in
 * the language of the current view.
 */
public final class Messages {

    /**
     * Base name of the screens' bundle: {@code _ru} and {@code _en} files and no base file, so
     * Java never falls back to the server's default locale for a Russian page.
     */
    public static final String BUNDLE = "com.optimacut.web.i18n.messages";

    private Messages() {
    }

    /** Returns the formatted text for a key in the current view's language. */
    public static String get(String key, Object... arguments) {
        return get(currentLocale(), key, arguments);
    }

    /** Returns the language of the current view, Russian outside a Faces request. */
    public static Locale currentLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale()
                : LocaleView.DEFAULT;
    }

    /** Returns the formatted text for a key in the given language; a missing key yields the key. */
    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
