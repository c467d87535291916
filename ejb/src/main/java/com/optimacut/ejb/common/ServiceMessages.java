package com.optimacut.ejb.common;

import com.optimacut.domain.shared.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The services' messages in Russian (the default bundle) and English. Screens and the remote
 * API both resolve {@link BusinessException} keys here, so a rule is worded once.
 */
public final class ServiceMessages {

    static final String BUNDLE = "com.optimacut.ejb.common.ServiceMessages";

    private ServiceMessages() {
    }

    /**
     * Formats the message for a key; a missing key yields the key itself, so a gap shows up
     * on screen instead of failing the request.
     */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = Bundles.load(BUNDLE, locale, ServiceMessages.class.getClassLoader());
        String pattern = Bundles.patternOrNull(bundle, key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
