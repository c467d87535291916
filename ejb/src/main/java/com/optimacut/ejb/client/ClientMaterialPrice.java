package com.optimacut.ejb.client;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A client's own price of one material in «Специальные условия и цены»; a {@code null} price keeps
 * the catalogue's.
 *
 * @param materialName shown in results; ignored when the record is an argument
 */
public record ClientMaterialPrice(long materialId, String materialName, BigDecimal pricePerSheet,
        BigDecimal pricePerM2) implements Serializable {

    private static final long serialVersionUID = 1L;
}
