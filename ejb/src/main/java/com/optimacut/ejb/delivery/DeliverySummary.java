package com.optimacut.ejb.delivery;

import com.optimacut.domain.project.ProjectStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A project as the deliveries list shows it.
 *
 * @param courierRequestedAt when the pending courier request was sent, or {@code null} when a
 *     request may be sent
 * @param version the project's version after the call that returned this row
 */
public record DeliverySummary(long projectId, String projectName, String clientName, ProjectStatus status,
        String address, String contactPerson, String phone, LocalDate date, String materialLocation,
        Instant courierRequestedAt, String courierRequestedBy, long version) implements Serializable {

    private static final long serialVersionUID = 1L;
}
