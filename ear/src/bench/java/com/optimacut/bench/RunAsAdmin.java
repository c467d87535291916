package com.optimacut.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs benchmark code inside the server with the ADMIN role; the principal is in glassfish-ejb-jar.xml. */
@Stateless
@PermitAll
@RunAs("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunAsAdmin implements Identity {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
