package com.optimacut.ejb.inquiry;

import java.io.Serializable;

/**
 * The conversion of the inquiries from one lead source.
 *
 * @param leadSourceId the source, or {@code null} for inquiries without one
 * @param leadSourceName the source's name, or {@code null} for inquiries without one
 */
public record LeadSourceConversion(Long leadSourceId, String leadSourceName, ConversionCounts counts)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
