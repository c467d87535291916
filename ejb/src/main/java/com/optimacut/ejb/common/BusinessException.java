package com.optimacut.ejb.common;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * A business rule rejected the request; nothing was changed.
 * <p>
 * The exception carries a message key of {@code ServiceMessages} and its arguments instead of
 * text, so each client shows the message in its user's language ({@link #localizedMessage}).
 * The container rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Serializable[] arguments;

    /**
     * @param key a key of {@code ServiceMessages}, such as {@code user.username.taken}
     * @param arguments values for the message's {@code {0}}-style placeholders
     */
    public BusinessException(String key, Serializable... arguments) {
        super(key + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** Returns the message in the given language (Russian when the language is not supported). */
    public String localizedMessage(Locale locale) {
        return ServiceMessages.format(locale, key, (Object[]) arguments);
    }
}
