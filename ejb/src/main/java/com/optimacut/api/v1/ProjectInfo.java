package com.optimacut.api.v1;

import java.io.Serializable;
import java.util.Date;

/**
 * A project as lists show it. Send {@link #getVersion()} back with a status action to make
 * sure that nobody changed the project in between, or send {@code null} to skip that check.
 */
public class ProjectInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;

    private String name;

    private String clientName;

    /** The status name: WAITING, IN_PROGRESS, DIFFICULTIES, DONE, ACCEPTED, CLOSED, REFUSED or SUSPENDED. */
    private String status;

    private Date deadline;

    /** The computed price total in roubles as a plain decimal ({@code 1234.50}), or {@code null} before pricing. */
    private String priceTotal;

    private long version;

    public ProjectInfo() {
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Date getDeadline() {
        return deadline;
    }

    public void setDeadline(Date deadline) {
        this.deadline = deadline == null ? null : new Date(deadline.getTime());
    }

    public String getPriceTotal() {
        return priceTotal;
    }

    public void setPriceTotal(String priceTotal) {
        this.priceTotal = priceTotal;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
