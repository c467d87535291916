package com.optimacut.ejb.catalog;

import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.executor.Trade;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.user.Role;
import com.optimacut.domain.user.UserAccount;
import com.optimacut.ejb.common.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Executors: administrators make a user with the EXECUTOR role an executor; administrators and
 * managers list executors and replace their competencies.
 */
@Stateless
public class ExecutorService {

    private static final Logger LOG = Logger.getLogger(ExecutorService.class.getName());

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Lists every executor, active or not, by full name, with trade and competencies.
     * NOTE: not paged, because a workshop has tens of executors.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public List<ExecutorSummary> list() {
        return em.createQuery("select distinct e from Executor e join fetch e.account a"
                        + " left join fetch e.competencies order by a.fullName, e.id", Executor.class)
                .getResultStream().map(ExecutorSummary::of).toList();
    }

    /**
     * Makes an existing user an active executor with a trade and competencies.
     *
     * @throws BusinessException {@code user.notFound}; {@code executor.notExecutorRole} when the
     *     user lacks the EXECUTOR role; {@code executor.exists}; {@code material.notFound};
     *     {@code material.inactive}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public ExecutorSummary create(String username, Trade trade, Set<Long> materialIds) {
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username == null ? "" : UserAccount.normalizeUsername(username))
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("user.notFound", username));
        if (!account.getRoles().contains(Role.EXECUTOR)) {
            throw new BusinessException("executor.notExecutorRole", account.getUsername());
        }
        boolean exists = !em.createNamedQuery(Executor.BY_USERNAME, Executor.class)
                .setParameter("username", account.getUsername()).getResultList().isEmpty();
        if (exists) {
            throw new BusinessException("executor.exists", account.getUsername());
        }
        if (trade == null) {
            throw new BusinessException("executor.trade.required");
        }

        Executor executor = new Executor(account, trade);
        executor.replaceCompetencies(materials(materialIds, List.of()));
        em.persist(executor);
        em.flush();
        LOG.info(() -> "Executor " + executor.getId() + " created for user " + account.getId() + " by " + caller());
        return ExecutorSummary.of(executor);
    }

    /**
     * Replaces an executor's competencies. A deactivated material may stay among them but not be
     * added anew.
     *
     * @throws BusinessException {@code executor.notFound}; {@code material.notFound};
     *     {@code material.inactive}; {@code concurrent.modification}
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
    public ExecutorSummary replaceCompetencies(long executorId, Set<Long> materialIds) {
        Executor executor = em.find(Executor.class, executorId);
        if (executor == null) {
            throw new BusinessException("executor.notFound", executorId);
        }
        executor.replaceCompetencies(materials(materialIds, executor.getCompetencies()));

        em.flush();
        LOG.info(() -> "Executor " + executorId + " competencies replaced by " + caller());
        return ExecutorSummary.of(executor);
    }

    /** Loads the materials; an inactive one is accepted only when it is among {@code kept}. */
    private List<Material> materials(Set<Long> materialIds, Collection<Material> kept) {
        List<Material> materials = new ArrayList<>();
        for (Long id : materialIds == null ? Set.<Long>of() : materialIds) {
            Material material = em.find(Material.class, id);
            if (material == null) {
                throw new BusinessException("material.notFound", id);
            }
            boolean alreadyKept = kept.stream().anyMatch(m -> m.getId().equals(id));
            if (!material.isActive() && !alreadyKept) {
                throw new BusinessException("material.inactive", material.getName());
            }
            materials.add(material);
        }
        return materials;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
