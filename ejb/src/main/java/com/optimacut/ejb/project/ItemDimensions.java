package com.optimacut.ejb.project;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Dimensions of one part entered by hand, in mm; cut length, pierces and engraved area may be
 * {@code null} when unknown.
 */
public record ItemDimensions(BigDecimal widthMm, BigDecimal heightMm, BigDecimal cutLengthMm, Integer pierces,
        BigDecimal engravingAreaMm2) implements Serializable {

    private static final long serialVersionUID = 1L;
}
