package com.optimacut.ejb.project;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The edited state of a project as the manager saves it: every field is the new value, not a
 * difference. {@link ProjectService#update} compares the production fields (items and executor)
 * with the stored ones and changes only what differs.
 *
 * @param version the version the manager loaded; a newer stored version rejects the save
 * @param items all items in order, each with its {@code itemId} or {@code null} when new; an
 *     item left out is removed; {@code null} keeps the items as they are
 * @param executorId the assigned executor, or {@code null} for none
 * @param delivery the delivery details; {@code null} clears them
 */
public record ProjectChanges(long projectId, long version, String name, String description, Instant deadline,
        String materialLocation, Long leadSourceId, List<ItemLine> items, Long executorId, DeliveryFields delivery)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ProjectChanges {
        items = items == null ? null : List.copyOf(items);
    }
}
