package com.optimacut.web.security;

import com.optimacut.domain.user.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the security roles of the screens. They authenticate through
 * {@link SessionFormAuthenticationMechanism}. The protected URLs and the session timeout are in
 * {@code web.xml}.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.INTEGRATOR})
public class SecurityConfiguration {
}
