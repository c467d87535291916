package com.optimacut.domain.pricing;

import static com.optimacut.domain.pricing.PricingFixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscountAdvisorTest {

    private static final DiscountPolicy POLICY = new DiscountPolicy(
            List.of(new VolumeTier(money("100000.00"), money("5")), new VolumeTier(money("50000.00"), money("3"))),
            List.of(new ClientTier("regular", "Постоянный", money("4"), 5, null),
                    new ClientTier("gold", "Золотой", money("7"), null, money("500000.00")),
                    new ClientTier("partner", "Партнёр", money("10"), null, null)));

    private final DiscountAdvisor advisor = new DiscountAdvisor(POLICY);

    private static ClientTerms individual(String percent) {
        return new ClientTerms(null, money(percent), Map.of());
    }

    private static ClientTerms assigned(String tierCode) {
        return new ClientTerms(tierCode, null, Map.of());
    }

    @Test
    void volumeBelowLowestTierProposesNothing() {
        DiscountProposal proposal = advisor.propose(money("49999.99"), ClientHistory.NONE, ClientTerms.NONE);

        assertFalse(proposal.best().isPresent());
        assertEquals(BigDecimal.ZERO, proposal.percent());
    }

    @Test
    void volumeThresholdIsInclusive() {
        DiscountProposal proposal = advisor.propose(money("50000.00"), ClientHistory.NONE, ClientTerms.NONE);

        assertEquals(money("3"), proposal.percent());
        assertEquals(DiscountSource.VOLUME, proposal.proposed().source());
    }

    @Test
    void volumeTakesHighestReachedTier() {
        DiscountProposal proposal = advisor.propose(money("120000.00"), ClientHistory.NONE, ClientTerms.NONE);

        assertEquals(money("5"), proposal.percent());
    }

    @Test
    void clientTierReachedByOrderCount() {
        DiscountProposal proposal = advisor.propose(money("1000.00"), new ClientHistory(5, money("20000.00")),
                ClientTerms.NONE);

        assertEquals(money("4"), proposal.percent());
        assertEquals("pricing.discount.clientTierOrders", proposal.proposed().key());
    }

    @Test
    void clientTierTakesLargestReachedPercent() {
        DiscountProposal proposal = advisor.propose(money("1000.00"), new ClientHistory(12, money("600000.00")),
                ClientTerms.NONE);

        // both regular (4 %) and gold (7 %) are reached
        assertEquals(money("7"), proposal.percent());
        assertEquals("pricing.discount.clientTierSum", proposal.proposed().key());
    }

    @Test
    void profileTierOverridesOrders() {
        DiscountProposal proposal = advisor.propose(money("1000.00"), ClientHistory.NONE, assigned("partner"));

        assertEquals(money("10"), proposal.percent());
    }

    @Test
    void profileTierOverridesEvenWhenLower() {
        DiscountProposal proposal = advisor.propose(money("1000.00"), new ClientHistory(12, money("600000.00")),
                assigned("regular"));

        assertEquals(money("4"), proposal.percent());
    }

    @Test
    void unknownProfileTierIsRejected() {
        PricingException error = assertThrows(PricingException.class,
                () -> advisor.propose(money("1000.00"), ClientHistory.NONE, assigned("platinum")));

        assertEquals("pricing.error.unknownClientTier", error.key());
    }

    @Test
    void individualPercentIsProposed() {
        DiscountProposal proposal = advisor.propose(money("1000.00"), ClientHistory.NONE, individual("6"));

        assertEquals(DiscountSource.INDIVIDUAL, proposal.proposed().source());
    }

    @Test
    void largestSinglePercentWinsWithoutStacking() {
        DiscountProposal proposal = advisor.propose(money("120000.00"), new ClientHistory(5, money("20000.00")),
                individual("6"));

        // volume 5 %, client tier 4 %, individual 6 %: 6 %, not 5 + 4 + 6 = 15 %
        assertEquals(3, proposal.candidates().size());
        assertEquals(money("6"), proposal.percent());
        assertEquals(DiscountSource.INDIVIDUAL, proposal.proposed().source());
    }

    @Test
    void tieNamesMostSpecificSource() {
        DiscountProposal proposal = advisor.propose(money("120000.00"), ClientHistory.NONE, individual("5"));

        // volume 5 % and individual 5 %
        assertEquals(DiscountSource.INDIVIDUAL, proposal.proposed().source());
    }

    @Test
    void zeroPercentIsNotCandidate() {
        DiscountProposal proposal = advisor.propose(money("1000.00"), ClientHistory.NONE, individual("0"));

        assertEquals(List.of(), proposal.candidates());
    }

    @Test
    void proposalDescribesRule() {
        DiscountProposal proposal = advisor.propose(money("120000.00"), new ClientHistory(5, money("20000.00")),
                individual("6"));

        assertEquals("Proposed: Client's special terms and prices: 6 %. Discounts do not stack: the largest of the 3"
                + " that apply is chosen.", proposal.describe(Locale.ENGLISH));
    }

    @Test
    void volumeDescriptionInRussian() {
        DiscountProposal proposal = advisor.propose(money("50000.00"), ClientHistory.NONE, ClientTerms.NONE);

        assertEquals("Объём проекта от 50 000,00 ₽: 3 %",
                PricingFixtures.plainSpaces(proposal.proposed().describe(PricingFixtures.RUSSIAN)));
    }

    @Test
    void duplicateTierCodeIsRejected() {
        ClientTier tier = new ClientTier("regular", "Постоянный", money("4"), 5, null);

        PricingException error = assertThrows(PricingException.class,
                () -> new DiscountPolicy(List.of(), List.of(tier, tier)));

        assertEquals("pricing.error.duplicateTierCode", error.key());
    }

    @Test
    void percentAboveHundredIsRejected() {
        PricingException error = assertThrows(PricingException.class, () -> individual("101"));

        assertEquals("pricing.error.percentOutOfRange", error.key());
    }
}
