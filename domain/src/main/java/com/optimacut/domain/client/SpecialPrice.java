package com.optimacut.domain.client;

import com.optimacut.domain.shared.DomainRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * A client's own price of one material, replacing the catalogue's price per sheet, per m², or
 * both; a {@code null} price keeps the catalogue's.
 */
@Embeddable
public class SpecialPrice {

    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    @Column(name = "price_per_sheet", precision = 12, scale = 2)
    private BigDecimal pricePerSheet;

    @Column(name = "price_per_m2", precision = 12, scale = 2)
    private BigDecimal pricePerM2;

    protected SpecialPrice() {
        // for JPA
    }

    /**
     * Creates a special price.
     *
     * @throws DomainRuleException {@code client.specialPrice.invalid} unless at least one price is
     *     given and each given one is positive, at most 1 000 000 roubles and has at most two decimals
     */
    public SpecialPrice(BigDecimal pricePerSheet, BigDecimal pricePerM2) {
        boolean anyGiven = pricePerSheet != null || pricePerM2 != null;
        if (!anyGiven || !validOrAbsent(pricePerSheet) || !validOrAbsent(pricePerM2)) {
            throw new DomainRuleException("client.specialPrice.invalid");
        }
        this.pricePerSheet = pricePerSheet;
        this.pricePerM2 = pricePerM2;
    }

    private static boolean validOrAbsent(BigDecimal price) {
        return price == null || (price.signum() > 0 && price.compareTo(MAX_PRICE) <= 0
                && price.stripTrailingZeros().scale() <= 2);
    }

    public BigDecimal getPricePerSheet() {
        return pricePerSheet;
    }

    public BigDecimal getPricePerM2() {
        return pricePerM2;
    }
}
