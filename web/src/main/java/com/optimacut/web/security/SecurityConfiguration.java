package com.optimacut.web.security;

import com.optimacut.domain.user.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Declares how the screens authenticate: a Faces login page ({@code /login.xhtml}) that hands
 * the credentials to Jakarta Security, which returns the user to the page they first asked for.
 * Protected URLs and the session timeout are in {@code web.xml}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.INTEGRATOR})
public class SecurityConfiguration {
}
