package com.optimacut.api.v1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A new project for an existing client, with its items. The project starts «Ждёт очереди»
 * (WAITING) and is not launched yet.
 */
public class ProjectOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Positive
    private long clientId;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 4000)
    private String description;

    /** The production deadline, or {@code null}. */
    private Date deadline;

    /** «Чей материал и где находится», or {@code null}. */
    @Size(max = 500)
    private String materialLocation;

    /** The items in order; at least one. */
    @NotEmpty
    @Size(max = 100)
    @Valid
    private List<@NotNull ItemOrder> items = new ArrayList<>();

    public ProjectOrder() {
    }

    public long getClientId() {
        return clientId;
    }

    public void setClientId(long clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Date getDeadline() {
        return deadline;
    }

    public void setDeadline(Date deadline) {
        this.deadline = deadline == null ? null : new Date(deadline.getTime());
    }

    public String getMaterialLocation() {
        return materialLocation;
    }

    public void setMaterialLocation(String materialLocation) {
        this.materialLocation = materialLocation;
    }

    public List<@NotNull ItemOrder> getItems() {
        return items;
    }

    public void setItems(List<@NotNull ItemOrder> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }
}
