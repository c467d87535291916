package com.optimacut.api.v1;

import java.io.Serializable;
import java.util.Date;

/**
 * An inquiry and its outcome: {@code OPEN}, {@code BECAME_PROJECT} (with the project's id) or
 * {@code REFUSED} (with the reason). New outcome names may appear within v1.
 */
public class InquiryInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;

    private Long clientId;

    private String contact;

    private String text;

    private Date receivedAt;

    /** {@code OPEN}, {@code BECAME_PROJECT} or {@code REFUSED}. */
    private String outcome;

    /** The reason of a refusal, or {@code null}. */
    private String refusalReason;

    private Date decidedAt;

    /** The project made from the inquiry, or {@code null}. */
    private Long projectId;

    public InquiryInfo() {
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Date getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Date receivedAt) {
        this.receivedAt = receivedAt == null ? null : new Date(receivedAt.getTime());
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }

    public Date getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Date decidedAt) {
        this.decidedAt = decidedAt == null ? null : new Date(decidedAt.getTime());
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }
}
