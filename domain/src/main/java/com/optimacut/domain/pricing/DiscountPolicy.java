package com.optimacut.domain.pricing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The workshop's discount settings: the volume tiers and the client tiers.
 *
 * @param volumeTiers the volume tiers in any order
 * @param clientTiers the client tiers in any order, codes unique
 */
public record DiscountPolicy(List<VolumeTier> volumeTiers, List<ClientTier> clientTiers) {

    /** Copies the lists and rejects two client tiers with the same code. */
    public DiscountPolicy {
        volumeTiers = List.copyOf(volumeTiers);
        clientTiers = List.copyOf(clientTiers);
        Set<String> codes = new HashSet<>();
        for (ClientTier tier : clientTiers) {
            if (!codes.add(tier.code())) {
                throw new PricingException("pricing.error.duplicateTierCode", tier.code());
            }
        }
    }
}
