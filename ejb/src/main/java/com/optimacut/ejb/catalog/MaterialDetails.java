package com.optimacut.ejb.catalog;

import com.optimacut.domain.material.Material;
import java.io.Serializable;

/** A catalogue entry with its id, the version an update must name, and whether it is offered. */
public record MaterialDetails(long id, long version, boolean active, MaterialData data) implements Serializable {

    private static final long serialVersionUID = 1L;

    static MaterialDetails of(Material material) {
        return new MaterialDetails(material.getId(), material.getVersion(), material.isActive(),
                MaterialData.of(material));
    }
}
