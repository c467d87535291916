package com.optimacut.domain.material;

/** The basis on which cutting is charged. */
public enum CuttingPricing {
    /** Machine time: cut length divided by the cutting speed, at the machine-minute rate. */
    BY_TIME,
    /** Cut length at the price per metre. */
    BY_LENGTH
}
