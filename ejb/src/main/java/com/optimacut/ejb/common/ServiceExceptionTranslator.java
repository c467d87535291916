package com.optimacut.ejb.common;

import com.optimacut.domain.layout.LayoutAnalysisException;
import com.optimacut.domain.pricing.PricingException;
import com.optimacut.domain.shared.DomainRuleException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;

/**
 * Turns the exceptions of the container-free rules (domain, pricing, layout analysis) and an
 * optimistic-lock conflict into {@link BusinessException}, so every caller (screens, remote
 * clients) handles one exception type with a localizable key. Registered in {@code ejb-jar.xml}
 * as the default interceptor of every bean in this module.
 * <p>
 * A conflict is found here only if the bean flushes before it returns; one found at commit
 * reaches the caller as the container's {@code EJBTransactionRolledbackException}.
 */
public class ServiceExceptionTranslator {

    @AroundInvoke
    public Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DomainRuleException e) {
            throw BusinessException.of(e);
        } catch (PricingException e) {
            throw BusinessException.of(e);
        } catch (LayoutAnalysisException e) {
            throw BusinessException.of(e);
        } catch (OptimisticLockException e) {
            throw new BusinessException("concurrent.modification");
        }
    }
}
