package com.optimacut.ejb.catalog;

import com.optimacut.domain.client.LeadSource;
import java.io.Serializable;

/** A lead source («Откуда о нас узнали») and whether it is offered for new inquiries. */
public record LeadSourceSummary(long id, String name, boolean active) implements Serializable {

    private static final long serialVersionUID = 1L;

    static LeadSourceSummary of(LeadSource source) {
        return new LeadSourceSummary(source.getId(), source.getName(), source.isActive());
    }
}
