package com.optimacut.ejb.delivery;

import com.optimacut.domain.project.CourierRequestKind;
import java.io.Serializable;
import java.time.Instant;

/** One send or reset of a project's courier request, with who did it and when. */
public record CourierEvent(long id, CourierRequestKind kind, String actor, Instant occurredAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
