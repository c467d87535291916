package com.optimacut.domain.material;

/** The basis on which the material itself is charged. */
public enum SheetPricing {
    /** Whole sheets used, at the price per sheet. */
    PER_SHEET,
    /** The area of the sheets used, at the price per m². */
    PER_AREA
}
