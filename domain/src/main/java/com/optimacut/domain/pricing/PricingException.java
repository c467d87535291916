package com.optimacut.domain.pricing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Invalid pricing input: a quantity below one, a part larger than the sheet, a price missing for the
 * way the material is priced, a discount out of range. It carries a key of the
 * {@code PricingMessages} bundle and its arguments so the screen shows the text in the user's
 * language; {@link #getMessage()} is English, for logs.
 */
public class PricingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    /**
     * Creates the failure for {@code key}.
     *
     * @param key a key of {@code PricingMessages}, for example {@code pricing.error.partDoesNotFit}
     * @param arguments the message arguments in the order the bundle pattern expects
     */
    public PricingException(String key, Object... arguments) {
        super(PricingMessages.format(Locale.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Returns the key of the message in the {@code PricingMessages} bundle. */
    public String key() {
        return key;
    }

    /** Returns a copy of the message arguments. */
    public List<Object> arguments() {
        return Arrays.asList(arguments.clone());
    }

    /** Returns the message in {@code locale}; Russian when the bundle has no such language. */
    public String getLocalizedMessage(Locale locale) {
        return PricingMessages.format(locale, key, arguments);
    }
}
