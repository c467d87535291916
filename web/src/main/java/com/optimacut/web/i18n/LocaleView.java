package com.optimacut.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of the screens for this session. Russian is the default whatever the browser
 * asks for, because the workshops' staff work in Russian even on browsers set to English.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale DEFAULT = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

    static final String COOKIE = "optimacut-lang";
    private static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private Locale locale;

    /** Returns the session's language: the one chosen before (cookie) or Russian. */
    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie().orElse(DEFAULT);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches the language, remembers it in a cookie and reloads the current page. */
    public void change(String language) throws IOException {
        Locale chosen = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(DEFAULT);
        locale = chosen;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(chosen);
        ExternalContext external = context.getExternalContext();
        external.addResponseCookie(COOKIE, chosen.getLanguage(), Map.of(
                "maxAge", COOKIE_MAX_AGE_SECONDS, "path", external.getRequestContextPath() + "/", "httpOnly", true));
        // A redirect to the same page, with its view parameters (a project's id, a report's period),
        // renders it again in the new language.
        String viewId = context.getViewRoot().getViewId();
        external.redirect(context.getApplication().getViewHandler()
                .getBookmarkableURL(context, viewId, Map.of(), true));
    }

    private Optional<Locale> fromCookie() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return Optional.empty();
        }
        Object cookie = context.getExternalContext().getRequestCookieMap().get(COOKIE);
        if (!(cookie instanceof Cookie c)) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(c.getValue())).findFirst();
    }
}
