package com.optimacut.ejb.project;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a manager enters to create a project for an existing client.
 *
 * @param leadSourceId «Откуда о нас узнали», or {@code null}
 * @param inquiryId the open inquiry the project comes from, or {@code null}
 * @param deadline the production deadline, or {@code null}
 * @param items the items in order; {@code itemId} of each line is ignored
 * @param executorId the executor who alone sees the layouts, or {@code null} for every competent one
 * @param delivery the delivery details, or {@code null} for none
 */
public record NewProject(long clientId, Long leadSourceId, Long inquiryId, String name, String description,
        Instant deadline, String materialLocation, List<ItemLine> items, Long executorId, DeliveryFields delivery)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public NewProject {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
