package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Proposes a project's discount. Up to three discounts can apply, at most one from each source:
 * <ul>
 * <li>{@link DiscountSource#VOLUME}: the volume tier with the highest threshold the project total
 *     reaches;</li>
 * <li>{@link DiscountSource#CLIENT_TIER}: the tier set in the client's profile, or else the tier
 *     with the largest percentage that the client's closed orders reach;</li>
 * <li>{@link DiscountSource#INDIVIDUAL}: the percentage of the client's special terms.</li>
 * </ul>
 * The percentages do not stack: the proposal is the largest single one, and on a tie the more
 * specific source (individual, then client tier, then volume) is named. A zero percentage is not a
 * discount and is left out. Special material prices are not part of the proposal: they are applied
 * to the item prices before the project total is computed ({@link ClientTerms#pricesFor}).
 */
public final class DiscountAdvisor {

    private static final Comparator<ProposedDiscount> LARGEST_THEN_MOST_SPECIFIC =
            Comparator.comparing(ProposedDiscount::percent).thenComparing(ProposedDiscount::source);

    private final DiscountPolicy policy;

    /** Creates an advisor for the workshop's discount settings. */
    public DiscountAdvisor(DiscountPolicy policy) {
        this.policy = policy;
    }

    /**
     * Lists the discounts that apply and proposes the largest.
     *
     * @param projectTotal the project total after special material prices, in roubles
     * @param history the client's closed orders
     * @param terms the discount settings of the client's profile
     * @throws PricingException when the total is missing or negative, or the profile names a client
     *     tier that the policy does not have
     */
    public DiscountProposal propose(BigDecimal projectTotal, ClientHistory history, ClientTerms terms) {
        Checks.notNegative(projectTotal, PricingField.projectTotal);

        List<ProposedDiscount> candidates = new ArrayList<>();
        volume(projectTotal).ifPresent(candidates::add);
        clientTier(history, terms).ifPresent(candidates::add);
        individual(terms).ifPresent(candidates::add);
        candidates.removeIf(candidate -> candidate.percent().signum() == 0);

        ProposedDiscount proposed = candidates.stream().max(LARGEST_THEN_MOST_SPECIFIC).orElse(null);
        return new DiscountProposal(candidates, proposed);
    }

    private Optional<ProposedDiscount> volume(BigDecimal projectTotal) {
        return policy.volumeTiers().stream()
                .filter(tier -> projectTotal.compareTo(tier.threshold()) >= 0)
                .max(Comparator.comparing(VolumeTier::threshold))
                .map(tier -> new ProposedDiscount(DiscountSource.VOLUME, tier.percent(), "pricing.discount.volume",
                        List.of(tier.threshold(), tier.percent())));
    }

    private Optional<ProposedDiscount> clientTier(ClientHistory history, ClientTerms terms) {
        if (terms.assignedTierCode() != null) {
            ClientTier tier = policy.clientTiers().stream()
                    .filter(candidate -> candidate.code().equals(terms.assignedTierCode()))
                    .findFirst()
                    .orElseThrow(() -> new PricingException("pricing.error.unknownClientTier",
                            terms.assignedTierCode()));
            return Optional.of(new ProposedDiscount(DiscountSource.CLIENT_TIER, tier.percent(),
                    "pricing.discount.clientTierAssigned", List.of(tier.name(), tier.percent())));
        }
        return policy.clientTiers().stream()
                .filter(tier -> tier.reachedByOrders(history) || tier.reachedBySum(history))
                .max(Comparator.comparing(ClientTier::percent))
                .map(tier -> reachedTier(tier, history));
    }

    private static ProposedDiscount reachedTier(ClientTier tier, ClientHistory history) {
        if (tier.reachedByOrders(history)) {
            return new ProposedDiscount(DiscountSource.CLIENT_TIER, tier.percent(), "pricing.discount.clientTierOrders",
                    List.of(tier.name(), history.closedOrders(), tier.minimumClosedOrders(), tier.percent()));
        }
        return new ProposedDiscount(DiscountSource.CLIENT_TIER, tier.percent(), "pricing.discount.clientTierSum",
                List.of(tier.name(), history.closedOrdersSum(), tier.minimumClosedOrdersSum(), tier.percent()));
    }

    private static Optional<ProposedDiscount> individual(ClientTerms terms) {
        return Optional.ofNullable(terms.individualPercent())
                .map(percent -> new ProposedDiscount(DiscountSource.INDIVIDUAL, percent,
                        "pricing.discount.individual", List.of(percent)));
    }
}
