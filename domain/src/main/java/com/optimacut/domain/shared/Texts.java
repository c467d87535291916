package com.optimacut.domain.shared;

/** Checks of the free-text fields listed in {@link TextField}. */
public final class Texts {

    private Texts() {
    }

    /**
     * Returns {@code text} trimmed, or {@code null} when it is {@code null} or blank, so that an
     * empty form field is stored as "not given".
     */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Returns {@code text} trimmed.
     *
     * @throws DomainRuleException {@code text.required} (field) when the text is missing or
     *     blank, or {@code text.tooLong} (field, maximum length) when it is too long for its column
     */
    public static String require(String text, TextField field) {
        String trimmed = trimToNull(text);
        if (trimmed == null) {
            throw new DomainRuleException("text.required", field);
        }
        return limit(trimmed, field);
    }

    /**
     * Returns {@code text} trimmed, or {@code null} when it is missing or blank.
     *
     * @throws DomainRuleException {@code text.tooLong} (field, maximum length) when it is too long
     */
    public static String optional(String text, TextField field) {
        String trimmed = trimToNull(text);
        return trimmed == null ? null : limit(trimmed, field);
    }

    private static String limit(String text, TextField field) {
        if (text.length() > field.maxLength()) {
            throw new DomainRuleException("text.tooLong", field, field.maxLength());
        }
        return text;
    }
}
