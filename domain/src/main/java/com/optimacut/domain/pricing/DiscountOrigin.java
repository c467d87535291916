package com.optimacut.domain.pricing;

/** Whether the manager applied the system's proposal or set the discount by hand. */
public enum DiscountOrigin {

    /** The proposal of {@link DiscountAdvisor}, applied unchanged. */
    PROPOSED,

    /** A percentage the manager chose instead of the proposal, with a reason. */
    MANUAL_OVERRIDE
}
