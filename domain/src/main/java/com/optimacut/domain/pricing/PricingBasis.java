package com.optimacut.domain.pricing;

/** The basis on which a material's own cost is charged. */
public enum PricingBasis {

    /** Whole sheets: sheets needed × price per sheet. */
    SHEET,

    /**
     * Square metres: the area the parts occupy on the sheet (each part's bounding box grown by the
     * kerf and the part gap) × price per m². Leftovers stay with the workshop.
     */
    AREA
}
