package com.optimacut.ejb.inquiry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many inquiries of a period are still open, became projects, or were refused. */
public record ConversionCounts(long open, long becameProject, long refused) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An empty period. */
    public static final ConversionCounts NONE = new ConversionCounts(0, 0, 0);

    public long total() {
        return open + becameProject + refused;
    }

    /**
     * Returns the conversion: the share of decided inquiries that became projects, in percent
     * rounded half-up to one decimal, or {@code null} while none is decided.
     */
    public BigDecimal conversionPercent() {
        long decided = becameProject + refused;
        if (decided == 0) {
            return null;
        }
        return BigDecimal.valueOf(becameProject * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
    }
}
