package com.optimacut.web.error;

import com.optimacut.web.i18n.LocaleView;
import com.optimacut.web.i18n.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reloads the page the user was on when a form is submitted to a view the server no longer
 * stores (the view state was evicted, or the server restarted), instead of showing an error page.
 * <p>
 * The browser is redirected, by a plain or an Ajax redirect as the request was, to the referring
 * screen with its query ({@link ReturnAddress}), or to the expired view's own address when there
 * is none. The reloaded page shows {@value #RELOADED_MESSAGE_FOR} as a growl in the page template,
 * carried over the redirect by the flash. What the user typed in the expired form is lost.
 * Any other exception is left to the wrapped handler and the error pages of {@code web.xml}.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    /** The key of the message that the page template's growl shows after the reload. */
    public static final String RELOADED_MESSAGE_FOR = "pageReloaded";

    private static final String START_PAGE = "/app/index.xhtml";

    private static final Logger LOG = Logger.getLogger(ExpiredViewExceptionHandler.class.getName());

    public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ViewExpiredException expired = expiredView(events.next().getContext().getException());
            if (expired != null && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                reload(context, expired);
                break;
            }
        }
        getWrapped().handle();
    }

    private static ViewExpiredException expiredView(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired) {
                return expired;
            }
        }
        return null;
    }

    private static void reload(FacesContext context, ViewExpiredException expired) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String target = ReturnAddress.of(request)
                .orElseGet(() -> external.getRequestContextPath()
                        + (expired.getViewId() == null ? START_PAGE : expired.getViewId()));

        context.addMessage(RELOADED_MESSAGE_FOR, new FacesMessage(FacesMessage.SEVERITY_WARN,
                Messages.get(userLocale(), "error.reloaded"), null));
        external.getFlash().setKeepMessages(true);
        try {
            // A partial request gets a <redirect> in its partial response, which the browser follows.
            external.redirect(target);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Reloading the expired view " + expired.getViewId() + " failed", e);
            throw new FacesException(e);
        }
        LOG.fine(() -> "Expired view " + expired.getViewId() + " reloaded at " + target);
        context.responseComplete();
    }

    /** Returns the session's language; the expired view has no view root to ask. */
    private static Locale userLocale() {
        return CDI.current().select(LocaleView.class).get().getLocale();
    }
}
