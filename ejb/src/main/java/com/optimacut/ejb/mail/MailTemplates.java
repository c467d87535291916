package com.optimacut.ejb.mail;

import com.optimacut.domain.shared.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * E-mail texts from the bundle {@code MailTexts} (Russian base file, English beside it). A
 * template named {@code x} has the keys {@code x.subject}, {@code x.text} and {@code x.html};
 * arguments fill {@code {0}}-style placeholders and are HTML-escaped in the HTML part.
 */
public final class MailTemplates {

    private static final String BUNDLE = "com.optimacut.ejb.mail.MailTexts";

    private MailTemplates() {
    }

    /** Renders a template in the given language, Russian when the language has no texts. */
    public static MailText render(String template, Locale locale, Object... arguments) {
        ResourceBundle bundle = Bundles.load(BUNDLE, locale, MailTemplates.class.getClassLoader());
        Locale formatLocale = bundle.getLocale();
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof String s ? escapeHtml(s) : arguments[i];
        }
        return new MailText(
                new MessageFormat(bundle.getString(template + ".subject"), formatLocale).format(arguments),
                new MessageFormat(bundle.getString(template + ".text"), formatLocale).format(arguments),
                new MessageFormat(bundle.getString(template + ".html"), formatLocale).format(escaped));
    }

    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
