package com.optimacut.ejb.catalog;

import com.optimacut.domain.client.LeadSource;
import com.optimacut.domain.shared.Texts;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * The list of lead sources («Откуда о нас узнали»). Administrators manage it, and managers and
 * integrators read the active sources to offer on an inquiry or a project. A source is
 * deactivated, never deleted, because inquiries and projects keep referring to it.
 */
@Stateless
public class LeadSourceService {

    private static final Logger LOG = Logger.getLogger(LeadSourceService.class.getName());

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Adds an active source.
     *
     * @throws BusinessException {@code text.required}, {@code text.tooLong} or
     *     {@code leadSource.nameTaken}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public LeadSourceSummary create(String name) {
        LeadSource source = new LeadSource(name);
        requireNameFree(source.getName(), null);

        em.persist(source);
        em.flush();
        LOG.info(() -> "Lead source " + source.getId() + " created by " + caller());
        return LeadSourceSummary.of(source);
    }

    /**
     * Renames a source; inquiries and projects that use it show the new name.
     *
     * @throws BusinessException {@code leadSource.notFound}, {@code text.required},
     *     {@code text.tooLong} or {@code leadSource.nameTaken}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public LeadSourceSummary rename(long sourceId, String name) {
        LeadSource source = requireSource(sourceId);
        requireNameFree(Texts.trimToNull(name), sourceId);
        source.rename(name);

        em.flush();
        LOG.info(() -> "Lead source " + sourceId + " renamed by " + caller());
        return LeadSourceSummary.of(source);
    }

    /**
     * Stops offering a source for new inquiries and projects.
     *
     * @throws BusinessException {@code leadSource.notFound}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public LeadSourceSummary deactivate(long sourceId) {
        LeadSource source = requireSource(sourceId);
        source.deactivate();

        em.flush();
        LOG.info(() -> "Lead source " + sourceId + " deactivated by " + caller());
        return LeadSourceSummary.of(source);
    }

    /**
     * Offers a deactivated source again.
     *
     * @throws BusinessException {@code leadSource.notFound}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public LeadSourceSummary activate(long sourceId) {
        LeadSource source = requireSource(sourceId);
        source.activate();

        em.flush();
        LOG.info(() -> "Lead source " + sourceId + " activated by " + caller());
        return LeadSourceSummary.of(source);
    }

    /** Lists every source by name, inactive ones included, for managing the list. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<LeadSourceSummary> listAll() {
        return em.createNamedQuery(LeadSource.ALL, LeadSource.class).getResultStream()
                .map(LeadSourceSummary::of).toList();
    }

    /** Lists the active sources by name, as an inquiry or a project offers them. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public List<LeadSourceSummary> listActive() {
        return em.createNamedQuery(LeadSource.ACTIVE, LeadSource.class).getResultStream()
                .map(LeadSourceSummary::of).toList();
    }

    private void requireNameFree(String name, Long ownId) {
        if (name == null) {
            return;
        }
        boolean taken = em.createNamedQuery(LeadSource.BY_NAME, LeadSource.class).setParameter("name", name)
                .getResultStream().anyMatch(other -> !other.getId().equals(ownId));
        if (taken) {
            throw new BusinessException("leadSource.nameTaken", name);
        }
    }

    private LeadSource requireSource(long sourceId) {
        LeadSource source = em.find(LeadSource.class, sourceId);
        if (source == null) {
            throw new BusinessException("leadSource.notFound", sourceId);
        }
        return source;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
