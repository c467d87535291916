package com.optimacut.api.v1;

import java.io.Serializable;
import java.util.Date;

/**
 * One change of a project's status, as the project page's history shows it.
 */
public class HistoryInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The status before, or {@code null} on the creation row. */
    private String fromStatus;

    private String toStatus;

    /** What happened, such as {@code CREATE}, {@code LAUNCH} or {@code REFUSE}. */
    private String action;

    /** The user name of who did it (an integrator's own name for calls through this API), or {@code SYSTEM}. */
    private String actor;

    private Date changedAt;

    private String comment;

    public HistoryInfo() {
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public void setFromStatus(String fromStatus) {
        this.fromStatus = fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public void setToStatus(String toStatus) {
        this.toStatus = toStatus;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public Date getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(Date changedAt) {
        this.changedAt = changedAt == null ? null : new Date(changedAt.getTime());
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
