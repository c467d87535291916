package com.optimacut.ejb.remote;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.ErrorCode;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.ServiceMessages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Builds the API's exceptions, with the message in Russian and in English. */
final class ApiErrors {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private ApiErrors() {
    }

    /** Translates a service's rejection, keeping its key as the reason. */
    static ApiException of(BusinessException e) {
        String key = e.getKey();
        ErrorCode code = key.endsWith(".notFound") ? ErrorCode.NOT_FOUND
                : "concurrent.modification".equals(key) ? ErrorCode.CONFLICT : ErrorCode.RULE_VIOLATION;
        return new ApiException(code, key, e.localizedMessage(RUSSIAN), e.localizedMessage(Locale.ENGLISH));
    }

    /** Builds a rejection worded in the services' bundle under {@code key}. */
    static ApiException of(ErrorCode code, String key, Serializable... arguments) {
        return new ApiException(code, key, ServiceMessages.format(RUSSIAN, key, (Object[]) arguments),
                ServiceMessages.format(Locale.ENGLISH, key, (Object[]) arguments));
    }

    /**
     * Lists every violated constraint as "field: message", each message interpolated in the
     * message's own language.
     */
    static ApiException invalid(Collection<? extends ConstraintViolation<?>> violations,
            MessageInterpolator interpolator) {
        List<? extends ConstraintViolation<?>> sorted = violations.stream()
                .sorted(Comparator.comparing(v -> field(v.getPropertyPath()))).toList();
        return new ApiException(ErrorCode.INVALID_ARGUMENT, "api.invalidArgument",
                ServiceMessages.format(RUSSIAN, "api.invalidArgument", describe(sorted, interpolator, RUSSIAN)),
                ServiceMessages.format(Locale.ENGLISH, "api.invalidArgument",
                        describe(sorted, interpolator, Locale.ENGLISH)));
    }

    private static String describe(List<? extends ConstraintViolation<?>> violations, MessageInterpolator interpolator,
            Locale locale) {
        List<String> parts = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            parts.add(field(violation.getPropertyPath()) + ": " + message(violation, interpolator, locale));
        }
        return String.join("; ", parts);
    }

    private static String message(ConstraintViolation<?> violation, MessageInterpolator interpolator, Locale locale) {
        try {
            return interpolator.interpolate(violation.getMessageTemplate(), new ViolationContext(violation), locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    /** Returns the path without the method's name, such as {@code order.items[0].quantity}. */
    private static String field(Path path) {
        StringBuilder text = new StringBuilder();
        boolean method = true;
        for (Path.Node node : path) {
            if (method) {
                method = false;
                continue;
            }
            if (node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                text.append(text.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return text.toString();
    }

    /** The interpolation context of one violation. */
    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("cannot unwrap to " + type.getName());
        }
    }
}
