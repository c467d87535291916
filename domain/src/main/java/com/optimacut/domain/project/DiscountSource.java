package com.optimacut.domain.project;

/** The origin of an applied discount. */
public enum DiscountSource {
    /** The volume tier of the project's total. */
    VOLUME,
    /** The client tier, from the client's closed projects or set in the profile. */
    CLIENT_TIER,
    /** The individual percentage in the client's «Специальные условия и цены». */
    INDIVIDUAL,
    /** Several automatic discounts combined by the pricing rules. */
    COMBINED,
    /** A percentage the manager chose instead of the proposed ones; needs a reason. */
    MANUAL
}
