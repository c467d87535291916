package com.optimacut.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The discount a manager applied to a project: its percentage, source, reason, and who applied it
 * when. The arithmetic that proposes it lives in the pricing rules; this records the decision.
 */
@Embeddable
public class AppliedDiscount {

    @Column(name = "discount_percent", precision = 5, scale = 2)
    private BigDecimal percent;

    @Enumerated(EnumType.STRING)
    @Column(name = "discount_source", length = 20)
    private DiscountSource source;

    @Column(name = "discount_reason", length = 1000)
    private String reason;

    @Column(name = "discount_applied_by", length = 64)
    private String appliedBy;

    @Column(name = "discount_applied_at")
    private Instant appliedAt;

    protected AppliedDiscount() {
        // for JPA
    }

    AppliedDiscount(BigDecimal percent, DiscountSource source, String reason, String appliedBy, Instant appliedAt) {
        this.percent = percent;
        this.source = source;
        this.reason = reason;
        this.appliedBy = appliedBy;
        this.appliedAt = appliedAt;
    }

    /** Returns whether a discount was applied; JPA may load an all-null embeddable as an empty instance. */
    public boolean isPresent() {
        return percent != null;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public DiscountSource getSource() {
        return source;
    }

    public String getReason() {
        return reason;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }
}
