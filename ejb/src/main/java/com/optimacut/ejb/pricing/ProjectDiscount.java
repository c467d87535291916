package com.optimacut.ejb.pricing;

import com.optimacut.domain.project.AppliedDiscount;
import com.optimacut.domain.project.DiscountSource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The discount applied to a project: percentage, source, reason, and who applied it when. */
public record ProjectDiscount(BigDecimal percent, DiscountSource source, String reason, String appliedBy,
        Instant appliedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    static ProjectDiscount of(AppliedDiscount discount) {
        return discount == null ? null : new ProjectDiscount(discount.getPercent(), discount.getSource(),
                discount.getReason(), discount.getAppliedBy(), discount.getAppliedAt());
    }
}
