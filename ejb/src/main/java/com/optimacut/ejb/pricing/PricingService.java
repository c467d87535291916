package com.optimacut.ejb.pricing;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.pricing.AppliedDiscount;
import com.optimacut.domain.pricing.ClientHistory;
import com.optimacut.domain.pricing.DiscountAdvisor;
import com.optimacut.domain.pricing.DiscountOrigin;
import com.optimacut.domain.pricing.DiscountProposal;
import com.optimacut.domain.pricing.ItemPrice;
import com.optimacut.domain.pricing.PricingException;
import com.optimacut.domain.pricing.ProjectPrice;
import com.optimacut.domain.project.DiscountSource;
import com.optimacut.domain.project.Item;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.domain.settings.AppSetting;
import com.optimacut.domain.settings.DiscountTiers;
import com.optimacut.domain.settings.SettingKey;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Callers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Prices projects for managers: the price of each item from its layout and material with the
 * client's special prices, the project total, the proposed discounts and the applied one. The
 * arithmetic and its wording are the domain's pricing rules, and this bean loads, maps and records.
 */
@Stateless
public class PricingService {

    private static final Logger LOG = Logger.getLogger(PricingService.class.getName());


    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Prices every item of a project and renders «Подробнее» in {@code locale}. While no executor
     * has started work and the project is open, the total is also recorded on the project;
     * afterwards the price is only shown.
     *
     * @throws BusinessException {@code project.notFound}; {@code pricing.item.incomplete} (item
     *     position) for an item without layout or material; {@code pricing.item.noDimensions}; a
     *     {@code pricing.error.*} key when the part does not fit on the sheet or the material lacks a
     *     price the part needs; {@code concurrent.modification}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectPriceDetails priceProject(long projectId, Locale locale) {
        Project project = requireProject(projectId);
        List<ItemPrice> itemPrices = priceItems(project);
        ProjectPrice price = ProjectPrice.of(itemPrices);

        boolean record = project.getStatus().isOpen() && !project.isProductionLocked();
        if (record) {
            project.recordPriceTotal(price.total(), Instant.now());
            em.flush();
            LOG.info(() -> "Project " + projectId + " priced at " + price.total() + " by " + caller());
        }
        return details(project, itemPrices, price, locale, record);
    }

    /**
     * Recomputes and records the price total of a project whose items were just created or
     * changed, in the caller's transaction; {@link com.optimacut.ejb.project.ProjectService} calls
     * it on every save. Items that cannot be priced yet (no layout or material, a part that does
     * not fit, a price the material lacks) clear the total instead of failing the save, so a
     * project can be saved half-done. A project whose production is locked keeps its total.
     *
     * @return the new total, or {@code null} when the items cannot be priced now
     */
    @RolesAllowed(Role.Names.MANAGER)
    public BigDecimal recalculate(Project project) {
        if (!project.getStatus().isOpen() || project.isProductionLocked()) {
            return project.getPriceTotal();
        }
        Instant now = Instant.now();
        try {
            BigDecimal total = ProjectPrice.of(priceItems(project)).total();
            project.recordPriceTotal(total, now);
            return total;
        } catch (BusinessException | PricingException e) {
            // Caught inside this bean, so the caller's transaction is not marked for rollback.
            LOG.fine(() -> "Project " + project.getId() + " not priced yet: " + e.getMessage());
            project.clearPriceTotal(now);
            return null;
        }
    }

    /**
     * Lists the discounts that apply to a project and proposes the largest. The candidates are the
     * volume tier its total reaches, the client tier (set in the profile, or reached by the
     * client's closed projects) and the individual percentage of «Специальные условия и цены».
     * Stores nothing.
     *
     * @throws BusinessException as {@link #priceProject}, because the volume tier needs the total
     */
    @RolesAllowed(Role.Names.MANAGER)
    public DiscountProposalDetails proposeDiscounts(long projectId, Locale locale) {
        Project project = requireProject(projectId);
        BigDecimal total = ProjectPrice.of(priceItems(project)).total();
        ClientHistory history = history(project.getClient());
        DiscountProposal proposal = propose(project, total, history, locale);

        List<DiscountCandidate> candidates = proposal.candidates().stream()
                .map(c -> new DiscountCandidate(PricingInputs.projectSource(c.source()), c.percent(), c.describe(locale)))
                .toList();
        DiscountSource proposedSource = proposal.best().map(best -> PricingInputs.projectSource(best.source()))
                .orElse(null);
        return new DiscountProposalDetails(projectId, total, history.closedOrders(), history.closedOrdersSum(),
                candidates, proposal.percent(), proposedSource, proposal.describe(locale));
    }

    /**
     * Records the discount a manager applies to a project, with who and when. A proposed discount
     * ({@code VOLUME}, {@code CLIENT_TIER}, {@code INDIVIDUAL}) must match a current candidate of that
     * source; any other percentage is an override, source {@code MANUAL}, which needs a reason.
     *
     * @param reason why the manager overrides the proposal; required for {@code MANUAL}
     * @throws BusinessException {@code project.notFound}; {@code pricing.discount.required} without
     *     percentage or source; {@code pricing.discount.notProposed} (percent) for a percentage the
     *     source does not propose, including {@code COMBINED}, which the rules never propose;
     *     {@code discount.reason.required}; {@code discount.percent.range}; {@code project.notOpen};
     *     {@code concurrent.modification}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ProjectDiscount applyDiscount(long projectId, BigDecimal percent, DiscountSource source, String reason) {
        if (percent == null || source == null) {
            throw new BusinessException("pricing.discount.required");
        }
        Project project = requireProject(projectId);
        if (source != DiscountSource.MANUAL) {
            requireProposed(project, percent, source);
        }

        project.applyDiscount(percent, source, reason, caller(), Instant.now());
        em.flush();
        LOG.info(() -> "Project " + projectId + " discount " + percent + " % (" + source + ") applied by " + caller());
        return ProjectDiscount.of(project.getDiscount());
    }

    private void requireProposed(Project project, BigDecimal percent, DiscountSource source) {
        BigDecimal total = ProjectPrice.of(priceItems(project)).total();
        DiscountProposal proposal = propose(project, total, history(project.getClient()), Locale.ROOT);
        boolean proposed = proposal.candidates().stream()
                .anyMatch(c -> PricingInputs.projectSource(c.source()) == source && c.percent().compareTo(percent) == 0);
        if (!proposed) {
            throw new BusinessException("pricing.discount.notProposed", percent);
        }
    }

    private List<ItemPrice> priceItems(Project project) {
        return ItemPricing.of(project);
    }

    private DiscountProposal propose(Project project, BigDecimal total, ClientHistory history, Locale locale) {
        Client client = project.getClient();
        var policy = PricingInputs.policy(tiers(SettingKey.VOLUME_DISCOUNT_TIERS),
                tiers(SettingKey.CLIENT_DISCOUNT_TIERS), client, locale);
        return new DiscountAdvisor(policy).propose(total, history, PricingInputs.terms(client));
    }

    /** Counts the client's closed projects and sums their recorded totals after their discounts. */
    private ClientHistory history(Client client) {
        Object[] row = em.createQuery("select count(p), sum(p.priceTotal * (100 - coalesce(p.discount.percent, 0)) / 100)"
                        + " from Project p where p.client = :client and p.status = :closed", Object[].class)
                .setParameter("client", client).setParameter("closed", ProjectStatus.CLOSED)
                .getSingleResult();
        long count = ((Number) row[0]).longValue();
        BigDecimal sum = row[1] == null ? BigDecimal.ZERO : new BigDecimal(row[1].toString());
        return new ClientHistory((int) Math.min(count, Integer.MAX_VALUE), sum.setScale(2, RoundingMode.HALF_UP));
    }

    private DiscountTiers tiers(SettingKey key) {
        AppSetting setting = em.find(AppSetting.class, key.key());
        return setting == null ? DiscountTiers.parse(key.defaultValue()) : setting.tiersValue();
    }

    private static ProjectPriceDetails details(Project project, List<ItemPrice> prices, ProjectPrice price,
            Locale locale, boolean recorded) {
        List<ItemPriceDetails> items = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            Item item = project.getItems().get(i);
            ItemPrice itemPrice = prices.get(i);
            items.add(new ItemPriceDetails(item.getId(), item.getPosition(), item.getMaterial().getName(),
                    item.getLayout().getOriginalName(), item.getQuantity(), itemPrice.placement().partsPerSheet(),
                    itemPrice.sheets(), itemPrice.total(), itemPrice.details(locale)));
        }
        var applied = project.getDiscount();
        AppliedDiscount discount = applied == null ? null : ruleDiscount(applied);
        return new ProjectPriceDetails(project.getId(), items, price.total(), price.formula(locale),
                ProjectDiscount.of(applied), discount == null ? price.total() : discount.discountedTotal(price.total()),
                discount == null ? null : discount.formula(locale, price.total()), recorded);
    }

    /**
     * Returns the recorded discount as the pricing rules' value, to render its formula.
     * NOTE: the project does not record which proposal a manual override set aside, so its line
     * names no proposed rule.
     */
    private static AppliedDiscount ruleDiscount(com.optimacut.domain.project.AppliedDiscount applied) {
        DiscountOrigin origin = applied.getSource() == DiscountSource.MANUAL ? DiscountOrigin.MANUAL_OVERRIDE
                : DiscountOrigin.PROPOSED;
        return new AppliedDiscount(applied.getPercent(), origin, PricingInputs.ruleSource(applied.getSource()),
                applied.getReason(), applied.getAppliedBy(), applied.getAppliedAt());
    }

    private Project requireProject(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new BusinessException("project.notFound", projectId);
        }
        return project;
    }

    private String caller() {
        return Callers.name(context);
    }
}
