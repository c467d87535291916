package com.optimacut.api.v1;

import java.util.Locale;

/**
 * The one exception of the remote API: the call was rejected and nothing was changed.
 * <p>
 * It carries a {@link #getCode() code} to branch on, a {@link #getReason() reason} that names the
 * rule (a stable key such as {@code project.transition.forbidden}), and the message for people in
 * Russian and in English. {@link #getMessage()} returns the message in the language of the
 * calling JVM's default locale (English for an English locale, Russian otherwise);
 * {@link #getMessage(Locale)} chooses explicitly. The server sends no stack trace and no cause.
 */
public class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String reason;
    private final String messageRu;
    private final String messageEn;

    /**
     * @param code the kind of rejection
     * @param reason the key of the rule that rejected the call
     * @param messageRu the message in Russian
     * @param messageEn the message in English
     */
    public ApiException(ErrorCode code, String reason, String messageRu, String messageEn) {
        // No stack trace: the server's frames are no business of the caller, and none is sent.
        super(null, null, false, false);
        this.code = code;
        this.reason = reason;
        this.messageRu = messageRu;
        this.messageEn = messageEn;
    }

    public ErrorCode getCode() {
        return code;
    }

    public String getReason() {
        return reason;
    }

    /** Returns the message in English for an English locale, in Russian for any other. */
    public String getMessage(Locale locale) {
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english ? messageEn : messageRu;
    }

    /** Returns the message in the language of this JVM's default locale. */
    @Override
    public String getMessage() {
        return getMessage(Locale.getDefault());
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + code + " " + reason + ": " + messageEn;
    }
}
