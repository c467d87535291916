package com.optimacut.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The screens' sign-in: the Faces login page ({@code /login.xhtml}) hands the credentials to
 * {@code SecurityContext.authenticate}, the identity store checks them, and every later request
 * of the HTTP session is signed in again from the caller name and groups kept in the session.
 * An unauthenticated request for a protected page is redirected to the login page, which returns
 * to the screen the browser came from ({@link LoginView}).
 * <p>
 * This replaces {@code @CustomFormAuthenticationMechanismDefinition}, whose {@code @AutoApplySession}
 * hands the server only the session's caller principal and leaves the groups to Payara. Under
 * load Payara 6.2025.9 sometimes lost them, so that a request of a signed-in user got HTTP 403
 * (110 of 200 users in the load drill). Here the groups are passed with the caller name on every
 * request. Soteria's {@code @LoginToContinue} is not used
 * either: it would redirect a protected request to the login page before this mechanism reads the
 * session, and the request it saves for after the login is dropped by {@link LoginView}'s new
 * authentication anyway.
 */
@ApplicationScoped
public class SessionFormAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String CALLER_ATTRIBUTE = SessionFormAuthenticationMechanism.class.getName() + ".caller";
    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, credential, context);
        }

        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(CALLER_ATTRIBUTE);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** Forgets the session's caller on logout. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            // A new session id at sign-in, so that an id known before the sign-in (fixed by someone
            // else, or seen on a shared computer) does not become a signed-in session.
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession().setAttribute(CALLER_ATTRIBUTE,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The signed-in caller as the session keeps it: the user name and the groups (the roles). */
    private record SessionCaller(String name, Set<String> groups) implements Serializable {
    }
}
