package com.optimacut.it.support;

import com.optimacut.domain.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as the principal {@code it-manager} with the MANAGER role, inside the server. */
@Stateless
@PermitAll
@RunAs(Role.Names.MANAGER)
public class RunAsManager {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
