package com.optimacut.domain.pricing;

import com.optimacut.domain.shared.Bundles;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Formats messages of the {@code PricingMessages} bundle. The base bundle is Russian, the product's
 * default language, so the lookup never falls back to the JVM's default locale.
 */
final class PricingMessages {

    static final String BUNDLE = "com.optimacut.domain.pricing.PricingMessages";

    private PricingMessages() {
    }

    static ResourceBundle bundle(Locale locale) {
        return Bundles.load(BUNDLE, locale, PricingMessages.class.getClassLoader());
    }

    /**
     * Formats {@code key} with {@code arguments}; a missing key yields the key itself. A
     * {@link PricingField} argument is shown as its localized name. Numbers are
     * rounded half-up for display, because {@link DecimalFormat} rounds half-even by default and
     * would show 0.125 roubles as 0.12 while the money rule rounds it to 0.13.
     */
    static String format(Locale locale, String key, Object... arguments) {
        String pattern = Bundles.patternOrNull(bundle(locale), key);
        if (pattern == null) {
            return key;
        }
        MessageFormat message = new MessageFormat(pattern, locale);
        Object[] displayed = arguments.clone();
        for (int i = 0; i < displayed.length; i++) {
            if (displayed[i] instanceof PricingField field) {
                displayed[i] = format(locale, field.key());
            }
        }
        Format[] formats = message.getFormats();
        for (Format format : formats) {
            if (format instanceof DecimalFormat decimal) {
                decimal.setRoundingMode(RoundingMode.HALF_UP);
            }
        }
        message.setFormats(formats);
        return message.format(displayed);
    }
}
