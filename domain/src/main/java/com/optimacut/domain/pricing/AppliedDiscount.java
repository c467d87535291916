package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;

/**
 * The discount a manager applied to a project, as recorded on it.
 *
 * @param percent the discount, 0–100
 * @param origin whether the proposal was applied or overridden
 * @param rule the source of the proposal at the time, {@code null} when no discount was proposed; for
 *     an override it is the rule the manager set aside
 * @param reason why the manager overrode the proposal; required for {@link DiscountOrigin#MANUAL_OVERRIDE}
 * @param appliedBy the login of the manager who applied it
 * @param appliedAt when it was applied
 */
public record AppliedDiscount(BigDecimal percent, DiscountOrigin origin, DiscountSource rule, String reason,
        String appliedBy, Instant appliedAt) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Rejects a percentage outside 0–100, an override without a reason and a missing manager or time. */
    public AppliedDiscount {
        Checks.percent(percent, PricingField.percent);
        if (origin == null) {
            throw new PricingException("pricing.error.missingDiscountOrigin");
        }
        if (origin == DiscountOrigin.MANUAL_OVERRIDE && (reason == null || reason.isBlank())) {
            throw new PricingException("pricing.error.missingOverrideReason");
        }
        if (appliedBy == null || appliedBy.isBlank() || appliedAt == null) {
            throw new PricingException("pricing.error.missingAppliedBy");
        }
    }

    /** Applies {@code proposal} unchanged; no proposed discount is recorded as 0 %. */
    public static AppliedDiscount accept(DiscountProposal proposal, String appliedBy, Instant appliedAt) {
        DiscountSource rule = proposal.best().map(ProposedDiscount::source).orElse(null);
        return new AppliedDiscount(proposal.percent(), DiscountOrigin.PROPOSED, rule, null, appliedBy, appliedAt);
    }

    /**
     * Replaces {@code proposal} by {@code percent}, which may be larger, smaller or zero.
     *
     * @throws PricingException when the reason is blank or the percentage is outside 0–100
     */
    public static AppliedDiscount override(DiscountProposal proposal, BigDecimal percent, String reason,
            String appliedBy, Instant appliedAt) {
        DiscountSource rule = proposal.best().map(ProposedDiscount::source).orElse(null);
        return new AppliedDiscount(percent, DiscountOrigin.MANUAL_OVERRIDE, rule, reason, appliedBy, appliedAt);
    }

    /** Returns {@code total × percent ÷ 100}, rounded half-up to kopecks. */
    public BigDecimal amountOf(BigDecimal total) {
        return total.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** Returns {@code total} minus {@link #amountOf}; a total in kopecks stays in kopecks. */
    public BigDecimal discountedTotal(BigDecimal total) {
        return total.subtract(amountOf(total));
    }

    /** Renders «Скидка 5 % …: 10 000,00 ₽ × 5 % = 500,00 ₽, к оплате 9 500,00 ₽» in {@code locale}. */
    public String formula(Locale locale, BigDecimal total) {
        String key = origin == DiscountOrigin.PROPOSED ? "pricing.line.discountProposed"
                : "pricing.line.discountOverride";
        String ruleName = rule == null ? PricingMessages.format(locale, "pricing.source.none")
                : PricingMessages.format(locale, rule.key());
        return PricingMessages.format(locale, key, percent, ruleName, total, amountOf(total), discountedTotal(total),
                reason == null ? "" : reason);
    }
}
