package com.optimacut.ejb.client;

import com.optimacut.domain.client.ManualDimensions;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Dimensions of one part entered by hand for a layout that cannot be analysed, in mm.
 *
 * @param cutLengthMm the cut length, or {@code null} when unknown (pricing then takes the
 *     bounding-box perimeter)
 * @param pierces the number of pierces, or {@code null} when unknown
 * @param engravingAreaMm2 the engraved area in mm², or {@code null} for none
 */
public record FileDimensions(BigDecimal widthMm, BigDecimal heightMm, BigDecimal cutLengthMm, Integer pierces,
        BigDecimal engravingAreaMm2) implements Serializable {

    private static final long serialVersionUID = 1L;

    static FileDimensions of(ManualDimensions dimensions) {
        return dimensions == null ? null : new FileDimensions(dimensions.getWidthMm(), dimensions.getHeightMm(),
                dimensions.getCutLengthMm(), dimensions.getPierces(), dimensions.getEngravingAreaMm2());
    }

    ManualDimensions toDomain() {
        return new ManualDimensions(widthMm, heightMm, cutLengthMm, pierces, engravingAreaMm2);
    }
}
