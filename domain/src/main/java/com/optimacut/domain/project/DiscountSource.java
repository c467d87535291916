package com.optimacut.domain.project;

/** Where an applied discount came from. */
public enum DiscountSource {
    /** The volume tier of the project's total. */
    VOLUME,
    /** The client tier, from the client's closed projects or set in the profile. */
    CLIENT_TIER,
    /** The individual percentage in the client's «Специальные условия и цены». */
    INDIVIDUAL,
    /** Several automatic discounts combined as the pricing rules say. */
    COMBINED,
    /** A percentage the manager chose instead of the proposed ones; needs a reason. */
    MANUAL
}
