package com.optimacut.domain.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * A domain rule rejected a change; the entity it was asked of is left as it was.
 * <p>
 * The exception carries a key of the {@code DomainMessages} bundle and its arguments instead of
 * text, so each screen shows the message in its user's language ({@link #localizedMessage}).
 * Enum arguments, such as project statuses, are shown by their labels in that bundle.
 * The {@link ApplicationException} marker makes an EJB container pass the exception to the caller
 * unwrapped and roll the transaction back; outside a container the annotation does nothing.
 */
@ApplicationException(rollback = true)
public class DomainRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Serializable[] arguments;

    /**
     * Creates the exception.
     *
     * @param key a key of {@code DomainMessages}, such as {@code project.locked}
     * @param arguments values for the message's {@code {0}}-style placeholders
     */
    public DomainRuleException(String key, Serializable... arguments) {
        super(key + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String getKey() {
        return key;
    }

    public Serializable[] getArguments() {
        return arguments.clone();
    }

    /** Returns the message in the given language (Russian when the language is not supported). */
    public String localizedMessage(Locale locale) {
        return DomainMessages.format(locale, key, (Object[]) arguments);
    }
}
