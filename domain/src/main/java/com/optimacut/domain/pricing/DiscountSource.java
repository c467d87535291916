package com.optimacut.domain.pricing;

/**
 * The rule a proposed discount comes from. The declaration order is the tie-break when two rules
 * propose the same percentage: the later, more specific agreement is named as the source.
 */
public enum DiscountSource {

    /** A volume tier reached by the project total. */
    VOLUME,

    /** The client's tier, reached by closed orders or set in the client's profile. */
    CLIENT_TIER,

    /** The percentage in «Специальные условия и цены» of the client's profile. */
    INDIVIDUAL;

    /** Returns the bundle key of this source's display name. */
    String key() {
        return "pricing.source." + name();
    }
}
