package com.optimacut.web;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Adds localized messages to the current Faces request: confirmations for the growl, and the
 * text of a rejected business rule, never an exception's own text.
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    /** Adds a confirmation from the screens' bundle. */
    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, Messages.get(key, arguments));
    }

    /** Adds the localized text of a rejected business rule, for the given field or the whole form. */
    public static void rejected(String clientId, BusinessException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        add(clientId, FacesMessage.SEVERITY_ERROR, e.localizedMessage(context.getViewRoot().getLocale()));
        context.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
