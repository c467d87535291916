package com.optimacut.ejb.project;

import java.io.Serializable;
import java.time.Instant;

/**
 * A project's delivery details and the state of its courier request.
 *
 * @param courierRequestedAt when the courier request was sent, or {@code null} when none is pending
 */
public record DeliveryDetails(DeliveryFields fields, boolean listed, Instant courierRequestedAt,
        String courierRequestedBy) implements Serializable {

    private static final long serialVersionUID = 1L;
}
