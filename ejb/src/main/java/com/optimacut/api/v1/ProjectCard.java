package com.optimacut.api.v1;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One project with its client, items, price and status history (oldest first).
 */
public class ProjectCard implements Serializable {

    private static final long serialVersionUID = 1L;

    private ProjectInfo summary;

    private long clientId;

    private String description;

    private Date createdAt;

    private String createdBy;

    /** Whether the layouts are in the executors' queue. */
    private boolean launched;

    private List<ItemInfo> items = new ArrayList<>();

    private List<HistoryInfo> history = new ArrayList<>();

    public ProjectCard() {
    }

    public ProjectInfo getSummary() {
        return summary;
    }

    public void setSummary(ProjectInfo summary) {
        this.summary = summary;
    }

    public long getClientId() {
        return clientId;
    }

    public void setClientId(long clientId) {
        this.clientId = clientId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt == null ? null : new Date(createdAt.getTime());
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public boolean isLaunched() {
        return launched;
    }

    public void setLaunched(boolean launched) {
        this.launched = launched;
    }

    public List<ItemInfo> getItems() {
        return items;
    }

    public void setItems(List<ItemInfo> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    public List<HistoryInfo> getHistory() {
        return history;
    }

    public void setHistory(List<HistoryInfo> history) {
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    }
}
