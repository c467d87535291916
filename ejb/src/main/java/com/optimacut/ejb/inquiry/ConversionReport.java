package com.optimacut.ejb.inquiry;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The conversion of the inquiries received from {@code from} inclusive to {@code to} exclusive.
 *
 * @param bySource one row per lead source that had inquiries in the period, by name, the
 *     inquiries without a source last
 * @param refusalReasons the refusals by reason, most frequent first
 */
public record ConversionReport(Instant from, Instant to, ConversionCounts total, List<LeadSourceConversion> bySource,
        List<RefusalCount> refusalReasons) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ConversionReport {
        bySource = List.copyOf(bySource);
        refusalReasons = List.copyOf(refusalReasons);
    }
}
