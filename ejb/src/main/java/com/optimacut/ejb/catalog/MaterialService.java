package com.optimacut.ejb.catalog;

import com.optimacut.domain.material.Material;
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
 * The material catalogue: administrators create, change and deactivate entries; every role lists
 * the active ones, and integrators read the whole catalogue with its prices.
 */
@Stateless
public class MaterialService {

    private static final Logger LOG = Logger.getLogger(MaterialService.class.getName());

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Returns the keys (bundle {@code DomainMessages}) of every rule that {@code data} breaks, in
     * field order, so a form can show all of them at once; an empty list means valid. Stores nothing.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public List<String> validate(MaterialData data) {
        return data.toNewMaterial().validate();
    }

    /**
     * Adds an active entry to the catalogue.
     *
     * @throws BusinessException the first {@code material.*} key of {@link #validate} for an
     *     invalid value, or {@code material.code.taken}; nothing is stored then
     */
    @RolesAllowed(Role.Names.ADMIN)
    public MaterialDetails create(MaterialData data) {
        Material material = data.toNewMaterial();
        material.checkValid();
        requireCodeFree(material.getCode(), null);

        em.persist(material);
        em.flush();
        LOG.info(() -> "Material " + material.getId() + " created by " + caller());
        return MaterialDetails.of(material);
    }

    /**
     * Replaces every value of an entry. Items already priced keep their recorded totals until
     * they are priced again.
     *
     * @param version the version the caller read
     * @throws BusinessException {@code material.notFound}, {@code concurrent.modification}, the
     *     first {@code material.*} key of {@link #validate}, or {@code material.code.taken};
     *     nothing is changed then
     */
    @RolesAllowed(Role.Names.ADMIN)
    public MaterialDetails update(long materialId, long version, MaterialData data) {
        Material material = requireMaterial(materialId);
        if (material.getVersion() != version) {
            throw new BusinessException("concurrent.modification");
        }
        // Checked before the entity changes, because the query would flush a changed entity first.
        requireCodeFree(data.code() == null ? null : data.code().strip(), materialId);
        data.copyTo(material);
        material.checkValid();

        em.flush();
        LOG.info(() -> "Material " + materialId + " changed by " + caller());
        return MaterialDetails.of(material);
    }

    /**
     * Hides an entry from new items and competencies; the items and competencies that use it
     * keep it.
     *
     * @throws BusinessException {@code material.notFound}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public MaterialDetails deactivate(long materialId) {
        Material material = requireMaterial(materialId);
        material.deactivate();

        em.flush();
        LOG.info(() -> "Material " + materialId + " deactivated by " + caller());
        return MaterialDetails.of(material);
    }

    /**
     * Offers a deactivated entry again.
     *
     * @throws BusinessException {@code material.notFound}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public MaterialDetails activate(long materialId) {
        Material material = requireMaterial(materialId);
        material.activate();

        em.flush();
        LOG.info(() -> "Material " + materialId + " activated by " + caller());
        return MaterialDetails.of(material);
    }

    /** Lists the active materials by name, for choosing one on an item or a competence. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.INTEGRATOR})
    public List<MaterialSummary> listActive() {
        return em.createNamedQuery(Material.ACTIVE, Material.class).getResultStream()
                .map(MaterialSummary::of).toList();
    }

    /**
     * Lists the whole catalogue by name with every price, inactive entries included.
     * NOTE: not paged, because a workshop's catalogue is tens to hundreds of entries.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATOR})
    public List<MaterialDetails> catalogue() {
        return em.createNamedQuery(Material.ALL, Material.class).getResultStream()
                .map(MaterialDetails::of).toList();
    }

    /**
     * Returns one entry with its prices.
     *
     * @throws BusinessException {@code material.notFound}
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public MaterialDetails find(long materialId) {
        return MaterialDetails.of(requireMaterial(materialId));
    }

    private void requireCodeFree(String code, Long ownId) {
        if (code == null) {
            return;
        }
        boolean taken = em.createNamedQuery(Material.BY_CODE, Material.class).setParameter("code", code)
                .getResultStream().anyMatch(other -> !other.getId().equals(ownId));
        if (taken) {
            throw new BusinessException("material.code.taken", code);
        }
    }

    private Material requireMaterial(long materialId) {
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            throw new BusinessException("material.notFound", materialId);
        }
        return material;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
