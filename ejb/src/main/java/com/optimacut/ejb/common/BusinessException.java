package com.optimacut.ejb.common;

import com.optimacut.domain.layout.LayoutAnalysisException;
import com.optimacut.domain.pricing.PricingException;
import com.optimacut.domain.shared.DomainMessages;
import com.optimacut.domain.shared.DomainRuleException;
import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * A business rule rejected the request; nothing was changed.
 * <p>
 * The exception carries a message key and its arguments instead of text, so each client shows
 * the message in its user's language ({@link #localizedMessage}). The key belongs to the bundle
 * named by {@link #getSource()}: the services' own messages, or those of the domain rules,
 * pricing or layout analysis that {@link ServiceExceptionTranslator} turns into this exception.
 * The container rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The bundle a key belongs to. */
    public enum Source {
        /** {@code ServiceMessages} in this module. */
        SERVICE,
        /** {@code DomainMessages}: lifecycle, clients, materials, settings. */
        DOMAIN,
        /** {@code PricingMessages}. */
        PRICING,
        /** {@code LayoutMessages}. */
        LAYOUT
    }

    private final Source source;
    private final String key;
    private final Serializable[] arguments;

    /**
     * @param key a key of {@code ServiceMessages}, such as {@code user.username.taken}
     * @param arguments values for the message's {@code {0}}-style placeholders
     */
    public BusinessException(String key, Serializable... arguments) {
        this(Source.SERVICE, key, arguments);
    }

    private BusinessException(Source source, String key, Serializable... arguments) {
        super(source + ":" + key + Arrays.toString(arguments));
        this.source = source;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Wraps a rejected domain rule, keeping its key and arguments. */
    public static BusinessException of(DomainRuleException e) {
        return new BusinessException(Source.DOMAIN, e.getKey(), e.getArguments());
    }

    /** Wraps a rejected price calculation. */
    public static BusinessException of(PricingException e) {
        return new BusinessException(Source.PRICING, e.key(), serializable(e.arguments().toArray()));
    }

    /** Wraps a layout file that could not be analysed. */
    public static BusinessException of(LayoutAnalysisException e) {
        return new BusinessException(Source.LAYOUT, e.key(), serializable(e.arguments().toArray()));
    }

    public Source getSource() {
        return source;
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** Returns the message in the given language (Russian when the language is not supported). */
    public String localizedMessage(Locale locale) {
        return switch (source) {
            case SERVICE -> ServiceMessages.format(locale, key, (Object[]) arguments);
            case DOMAIN -> DomainMessages.format(locale, key, (Object[]) arguments);
            case PRICING -> new PricingException(key, (Object[]) arguments).getLocalizedMessage(locale);
            case LAYOUT -> new LayoutAnalysisException(key, (Object[]) arguments).getLocalizedMessage(locale);
        };
    }

    private static Serializable[] serializable(Object[] values) {
        Serializable[] result = new Serializable[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] == null || values[i] instanceof Serializable s ? (Serializable) values[i]
                    : values[i].toString();
        }
        return result;
    }
}
