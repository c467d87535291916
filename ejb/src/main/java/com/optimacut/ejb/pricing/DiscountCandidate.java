package com.optimacut.ejb.pricing;

import com.optimacut.domain.project.DiscountSource;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One discount that applies to a project.
 *
 * @param description why it applies, in the caller's language
 */
public record DiscountCandidate(DiscountSource source, BigDecimal percent, String description)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
