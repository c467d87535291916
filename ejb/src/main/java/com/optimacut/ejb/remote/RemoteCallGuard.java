package com.optimacut.ejb.remote;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.ErrorCode;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Callers;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wraps every call of a remote API bean: names the integrator as the author of the changes the
 * services make on the bean's behalf, validates the arguments against the constraints of the API,
 * and lets only {@link ApiException} out. An unexpected failure is logged here with an incident
 * id and reaches the caller as {@link ErrorCode#INTERNAL_ERROR} naming that id, without the
 * server's stack trace. Every rejection rolls the transaction back.
 */
public class RemoteCallGuard {

    private static final Logger LOG = Logger.getLogger(RemoteCallGuard.class.getName());

    @Resource
    private SessionContext context;

    @Resource
    private ValidatorFactory validation;

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        String caller = context.getCallerPrincipal().getName();
        Callers.actFor(caller);
        // Payara gives null instead of an empty array for a method without parameters.
        Object[] arguments = invocation.getParameters() == null ? new Object[0] : invocation.getParameters();
        Set<ConstraintViolation<Object>> violations = validation.getValidator().forExecutables()
                .validateParameters(invocation.getTarget(), invocation.getMethod(), arguments);
        if (!violations.isEmpty()) {
            LOG.fine(() -> "Remote call " + invocation.getMethod().getName() + " by " + caller + " rejected: "
                    + violations.size() + " invalid argument(s)");
            throw ApiErrors.invalid(violations, validation.getMessageInterpolator());
        }

        try {
            return invocation.proceed();
        } catch (ApiException e) {
            throw e;
        } catch (BusinessException e) {
            LOG.fine(() -> "Remote call " + invocation.getMethod().getName() + " by " + caller + " rejected: "
                    + e.getKey());
            throw ApiErrors.of(e);
        } catch (ConstraintViolationException e) {
            throw ApiErrors.invalid(e.getConstraintViolations(), validation.getMessageInterpolator());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, e, () -> "Remote call " + invocation.getMethod().getName() + " by " + caller
                    + " failed; incident " + incident);
            throw ApiErrors.of(ErrorCode.INTERNAL_ERROR, "api.internalError", incident);
        }
    }
}
