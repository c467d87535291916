package com.optimacut.api.v1;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A page of the projects list, the newest project first. A {@code null} or empty filter does not
 * restrict the list.
 */
public class ProjectFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Status names to show, such as {@code WAITING}; empty shows all. */
    private List<@NotBlank String> statuses = new ArrayList<>();

    /** Only this client's projects, or {@code null}. */
    @Positive
    private Long clientId;

    /** Only projects changed at or after this moment, or {@code null}. */
    private Date updatedSince;

    /** The index of the first row, from 0. */
    @PositiveOrZero
    private int first;

    /** Rows a page, from 1 to 500. */
    @Min(1)
    @Max(500)
    private int size;

    public ProjectFilter() {
    }

    public List<@NotBlank String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<@NotBlank String> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Date getUpdatedSince() {
        return updatedSince;
    }

    public void setUpdatedSince(Date updatedSince) {
        this.updatedSince = updatedSince == null ? null : new Date(updatedSince.getTime());
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
