package com.optimacut.ejb.project;

import com.optimacut.domain.project.ProjectAction;
import com.optimacut.domain.project.ProjectStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the project page shows.
 *
 * @param clientId the client, whose files the items' layouts come from
 * @param leadSourceId «Откуда о нас узнали», or {@code null}
 * @param inquiryId the linked inquiry, or {@code null}
 * @param executorId the assigned executor, or {@code null}
 * @param statusBeforeSuspension the status a resume returns to, or {@code null} unless suspended
 * @param productionLocked whether an executor has started, so items and executor can no longer change
 * @param history every status change, newest last
 * @param discount the applied discount, or {@code null}
 * @param allowedActions the status actions the caller may perform now
 */
public record ProjectDetails(ProjectSummary summary, long clientId, Long leadSourceId, Long inquiryId,
        String description, String materialLocation, Long executorId, ProjectStatus statusBeforeSuspension,
        Instant launchedAt, boolean productionLocked, Instant createdAt, String createdBy, List<ItemDetails> items,
        List<HistoryEntry> history, DeliveryDetails delivery, DiscountDetails discount,
        Set<ProjectAction> allowedActions) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ProjectDetails {
        items = List.copyOf(items);
        history = List.copyOf(history);
        allowedActions = Set.copyOf(allowedActions);
    }
}
