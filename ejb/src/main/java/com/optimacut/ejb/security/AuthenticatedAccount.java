package com.optimacut.ejb.security;

import com.optimacut.domain.user.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * The result of a successful password check: the stored user name, the name to show and the
 * roles, which become the caller's groups.
 */
public record AuthenticatedAccount(String username, String fullName, Set<Role> roles) implements Serializable {
}
