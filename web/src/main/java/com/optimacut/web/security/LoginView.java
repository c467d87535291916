package com.optimacut.web.security;

import com.optimacut.web.error.ReturnAddress;
import com.optimacut.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * The login form. Every refusal (unknown user, wrong password, disabled account, too many
 * recent failures) shows the same message, so the form tells an outsider nothing about which
 * accounts exist.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    private boolean loggedOut;

    private String returnTo;

    /**
     * Signs in and continues to the screen the user came from ({@link #rememberReturnAddress}), or
     * to the start page.
     */
    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        UsernamePasswordCredential credential = new UsernamePasswordCredential(username, new Password(password));
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        password = null;

        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(ReturnAddress.isScreen(returnTo, external.getRequestContextPath())
                    ? returnTo : external.getRequestContextPath() + "/app/index.xhtml");
            default -> {
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.get("login.failed"), null));
            }
        }
    }

    /**
     * Remembers the screen the browser came from, so that the login returns there: after the
     * session has timed out, a click on a screen leads here, with that screen as the referrer.
     * Not after a logout, where the next user should start on the start page.
     */
    public void rememberReturnAddress() {
        if (!loggedOut) {
            returnTo = ReturnAddress.of((HttpServletRequest) facesContext.getExternalContext().getRequest())
                    .orElse(null);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** Returns whether the page was opened right after logout, to confirm it. */
    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    /** Returns the screen to open after the login, as a path with its query, or {@code null}. */
    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
