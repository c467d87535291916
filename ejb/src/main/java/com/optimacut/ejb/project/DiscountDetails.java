package com.optimacut.ejb.project;

import com.optimacut.domain.project.DiscountSource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The discount a manager applied to a project, with who applied it and when. */
public record DiscountDetails(BigDecimal percent, DiscountSource source, String reason, String appliedBy,
        Instant appliedAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
