package com.optimacut.domain.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The single failure of layout analysis: the file is empty, malformed, truncated, binary,
 * unsupported or too complex to analyse within the limits. It carries a key of the
 * {@code LayoutMessages} bundle and its arguments, the file name always first, so that the caller
 * shows the text in the user's language. {@link #getMessage()} is English, for logs.
 */
public class LayoutAnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    /**
     * Creates the failure for bundle key {@code key}.
     *
     * @param key a key of {@code LayoutMessages}, for example {@code layout.error.malformedDxf}
     * @param arguments the message arguments, the file name first
     */
    public LayoutAnalysisException(String key, Object... arguments) {
        this(null, key, arguments);
    }

    /** Creates the failure for bundle key {@code key}, caused by {@code cause}. */
    public LayoutAnalysisException(Throwable cause, String key, Object... arguments) {
        super(LayoutMessages.format(Locale.ENGLISH, key, arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Returns the key of the message in the {@code LayoutMessages} bundle. */
    public String key() {
        return key;
    }

    /** Returns the message arguments; the first one is the file name. */
    public List<Object> arguments() {
        return Arrays.asList(arguments.clone());
    }

    /** Returns the message in {@code locale}; Russian when the bundle has no such language. */
    public String getLocalizedMessage(Locale locale) {
        return LayoutMessages.format(locale, key, arguments);
    }
}
