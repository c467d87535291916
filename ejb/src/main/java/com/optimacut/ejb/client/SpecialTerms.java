package com.optimacut.ejb.client;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * «Специальные условия и цены» of a client, replaced as a whole.
 *
 * @param text the terms as the manager wrote them, or {@code null}
 * @param discountPercent the individual discount from 0 to 100, or {@code null} for none
 * @param tierDiscountOverride the client-tier discount set by hand, or {@code null} to let the
 *     client's closed projects decide it
 * @param prices the special prices per material; materials not listed keep the catalogue's prices
 */
public record SpecialTerms(String text, BigDecimal discountPercent, BigDecimal tierDiscountOverride,
        List<ClientMaterialPrice> prices) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SpecialTerms {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
