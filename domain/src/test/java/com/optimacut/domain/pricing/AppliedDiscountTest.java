package com.optimacut.domain.pricing;

import static com.optimacut.domain.pricing.PricingFixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppliedDiscountTest {

    private static final Instant NOON = Instant.parse("2025-03-14T12:00:00Z");

    private static final DiscountProposal SIX_PERCENT = new DiscountAdvisor(new DiscountPolicy(
            List.of(new VolumeTier(money("100000.00"), money("5"))), List.of()))
            .propose(money("120000.00"), ClientHistory.NONE, new ClientTerms(null, money("6"), Map.of()));

    private static final DiscountProposal NOTHING = new DiscountProposal(List.of(), null);

    @Test
    void acceptKeepsProposedPercentAndRule() {
        AppliedDiscount discount = AppliedDiscount.accept(SIX_PERCENT, "manager1", NOON);

        assertEquals(money("6"), discount.percent());
        assertEquals(DiscountOrigin.PROPOSED, discount.origin());
        assertEquals(DiscountSource.INDIVIDUAL, discount.rule());
    }

    @Test
    void acceptWithoutProposalIsZero() {
        AppliedDiscount discount = AppliedDiscount.accept(NOTHING, "manager1", NOON);

        assertEquals(0, discount.percent().signum());
        assertNull(discount.rule());
    }

    @Test
    void discountedTotalSubtractsPercent() {
        AppliedDiscount discount = AppliedDiscount.accept(SIX_PERCENT, "manager1", NOON);

        // 120 000.00 × 6 % = 7 200.00; 120 000.00 − 7 200.00 = 112 800.00
        assertEquals(money("112800.00"), discount.discountedTotal(money("120000.00")));
    }

    @Test
    void discountAmountRoundsHalfUp() {
        AppliedDiscount discount = AppliedDiscount.override(NOTHING, money("5"), "Оптовый заказ", "manager1", NOON);

        // 740.50 × 5 % = 37.025 → 37.03 (half-even would give 37.02)
        assertEquals(money("37.03"), discount.amountOf(money("740.50")));
        // 740.50 − 37.03
        assertEquals(money("703.47"), discount.discountedTotal(money("740.50")));
    }

    @Test
    void overrideRecordsReasonAndSetAsideRule() {
        AppliedDiscount discount = AppliedDiscount.override(SIX_PERCENT, money("8"), "Повторный заказ партнёра",
                "manager1", NOON);

        assertEquals(DiscountOrigin.MANUAL_OVERRIDE, discount.origin());
        assertEquals(DiscountSource.INDIVIDUAL, discount.rule());
        assertEquals("Повторный заказ партнёра", discount.reason());
        assertEquals("manager1", discount.appliedBy());
        assertEquals(NOON, discount.appliedAt());
    }

    @Test
    void overrideWithoutReasonIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> AppliedDiscount.override(SIX_PERCENT, money("8"), "  ", "manager1", NOON));

        assertEquals("pricing.error.missingOverrideReason", error.key());
    }

    @Test
    void overrideAboveHundredIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> AppliedDiscount.override(SIX_PERCENT, money("120"), "Ошибка", "manager1", NOON));

        assertEquals("pricing.error.percentOutOfRange", error.key());
    }

    @Test
    void missingManagerIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> AppliedDiscount.accept(SIX_PERCENT, null, NOON));

        assertEquals("pricing.error.missingAppliedBy", error.key());
    }

    @Test
    void overrideFormulaNamesReason() {
        AppliedDiscount discount = AppliedDiscount.override(SIX_PERCENT, money("8"), "repeat order", "manager1", NOON);

        // 1 000.00 × 8 % = 80.00; 1 000.00 − 80.00 = 920.00
        assertEquals("Discount 8 % set by the manager instead of the proposed one (client's special terms), reason:"
                + " repeat order. 1,000.00 ₽ × 8 % = 80.00 ₽; to pay 920.00 ₽",
                discount.formula(Locale.ENGLISH, money("1000.00")));
    }

    @Test
    void proposedFormulaInRussian() {
        AppliedDiscount discount = AppliedDiscount.accept(SIX_PERCENT, "manager1", NOON);

        assertEquals("Скидка 6 % (специальные условия клиента): 120 000,00 ₽ × 6 % = 7 200,00 ₽; к оплате 112 800,00 ₽",
                PricingFixtures.plainSpaces(discount.formula(PricingFixtures.RUSSIAN, money("120000.00"))));
    }
}
