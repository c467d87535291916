package com.optimacut.ejb.user;

import com.optimacut.domain.user.Role;
import com.optimacut.domain.user.UserAccount;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A staff account as screens list it, without the password hash. */
public record UserSummary(long id, String username, String fullName, String email, Set<Role> roles,
        boolean enabled, Instant lastLoginAt) implements Serializable {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                Set.copyOf(account.getRoles()), account.isEnabled(), account.getLastLoginAt());
    }
}
