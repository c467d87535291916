package com.optimacut.domain.pricing;

import java.math.BigDecimal;

/** Argument checks that raise {@link PricingException} with the field's name and value. */
final class Checks {

    private Checks() {
    }

    /** Rejects a missing value and a value of zero or less. */
    static BigDecimal positive(BigDecimal value, PricingField field) {
        if (value == null) {
            throw new PricingException("pricing.error.missingValue", field);
        }
        if (value.signum() <= 0) {
            throw new PricingException("pricing.error.notPositive", field, value);
        }
        return value;
    }

    /** Rejects a missing value and a negative one. */
    static BigDecimal notNegative(BigDecimal value, PricingField field) {
        if (value == null) {
            throw new PricingException("pricing.error.missingValue", field);
        }
        return optionalNotNegative(value, field);
    }

    /** Accepts {@code null} (not set) and rejects a negative value. */
    static BigDecimal optionalNotNegative(BigDecimal value, PricingField field) {
        if (value != null && value.signum() < 0) {
            throw new PricingException("pricing.error.negative", field, value);
        }
        return value;
    }

    /** Rejects a percentage outside 0–100. */
    static BigDecimal percent(BigDecimal value, PricingField field) {
        notNegative(value, field);
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new PricingException("pricing.error.percentOutOfRange", field, value);
        }
        return value;
    }

    /** Converts a measure from the layout analysis, rejecting NaN, infinity and negative values. */
    static BigDecimal measure(double value, PricingField field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new PricingException("pricing.error.invalidMeasure", field, value);
        }
        return BigDecimal.valueOf(value);
    }
}
