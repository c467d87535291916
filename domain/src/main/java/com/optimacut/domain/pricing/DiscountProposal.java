package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The discounts that apply to a project and the one the system proposes. Percentages do not stack:
 * the proposal is the single largest percentage among {@code candidates}.
 *
 * @param candidates every discount that applies, at most one per source
 * @param proposed the largest of them, or {@code null} when none applies
 */
public record DiscountProposal(List<ProposedDiscount> candidates, ProposedDiscount proposed) {

    /** Copies the candidates so the proposal stays immutable. */
    public DiscountProposal {
        candidates = List.copyOf(candidates);
    }

    /** Returns the proposed discount, empty when none applies. */
    public Optional<ProposedDiscount> best() {
        return Optional.ofNullable(proposed);
    }

    /** Returns the proposed percentage, zero when no discount applies. */
    public BigDecimal percent() {
        return proposed == null ? BigDecimal.ZERO : proposed.percent();
    }

    /** Renders the proposal with the combination rule, or that no discount applies. */
    public String describe(Locale locale) {
        if (proposed == null) {
            return PricingMessages.format(locale, "pricing.discount.none");
        }
        return PricingMessages.format(locale, "pricing.discount.proposal", proposed.describe(locale),
                candidates.size());
    }
}
