package com.optimacut.domain.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The price of one item: where its parts lie on the sheets, the cost lines and the total.
 *
 * @param measures the part the item was priced from
 * @param placement the parts per sheet and the sheets needed
 * @param lines the cost lines in display order (material, cutting, pierces, engraving, minimum charge)
 * @param subtotal the exact sum of the lines
 * @param total the subtotal rounded half-up to kopecks (scale 2)
 */
public record ItemPrice(LayoutMeasures measures, SheetPlacement placement, List<PriceLine> lines,
        BigDecimal subtotal, BigDecimal total) {

    /** Copies the lines so the price stays immutable. */
    public ItemPrice {
        lines = List.copyOf(lines);
    }

    /** Returns the number of parts. */
    public int quantity() {
        return placement.quantity();
    }

    /** Returns the sheets needed. */
    public int sheets() {
        return placement.sheets();
    }

    /**
     * Renders the whole calculation for «Подробнее»: the placement, a note when the cut length was
     * estimated from a manual bounding box, every cost line and the total.
     */
    public List<String> details(Locale locale) {
        List<String> details = new ArrayList<>();
        details.add(placement.formula(locale));
        if (measures.source() == LayoutMeasures.Source.MANUAL_BOUNDING_BOX) {
            details.add(PricingMessages.format(locale, "pricing.note.cutLengthEstimated", measures.widthMm(),
                    measures.heightMm(), measures.cutLengthMm()));
        }
        for (PriceLine line : lines) {
            details.add(line.formula(locale));
        }
        details.add(PricingMessages.format(locale, "pricing.line.itemTotal", subtotal, total));
        return details;
    }
}
