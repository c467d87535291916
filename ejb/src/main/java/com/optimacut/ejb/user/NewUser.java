package com.optimacut.ejb.user;

import com.optimacut.domain.user.Role;
import java.util.Set;

/**
 * What an administrator enters to create an account. The password is a char array so the
 * caller can wipe it after the call.
 */
public record NewUser(String username, String fullName, String email, char[] password, Set<Role> roles) {
}
