package com.optimacut.ejb.catalog;

import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.MaterialKind;
import java.io.Serializable;
import java.math.BigDecimal;

/** A material as choices and competence lists show it. */
public record MaterialSummary(long id, String code, String name, MaterialKind kind, BigDecimal thicknessMm)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static MaterialSummary of(Material material) {
        return new MaterialSummary(material.getId(), material.getCode(), material.getName(), material.getKind(),
                material.getThicknessMm());
    }
}
