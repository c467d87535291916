package com.optimacut.domain.layout;

import java.util.List;
import java.util.Locale;

/**
 * A remark about an analysed file that does not stop the analysis, for example ignored
 * entities or assumed units.
 *
 * @param key a key of the {@code LayoutMessages} bundle
 * @param arguments the message arguments, the file name first
 */
public record LayoutWarning(String key, List<Object> arguments) {

    /** Copies the arguments so the warning stays immutable. */
    public LayoutWarning {
        arguments = List.copyOf(arguments);
    }

    /** Returns the warning text in {@code locale}. */
    public String message(Locale locale) {
        return LayoutMessages.format(locale, key, arguments.toArray());
    }
}
