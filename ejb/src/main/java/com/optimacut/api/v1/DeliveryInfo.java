package com.optimacut.api.v1;

import java.io.Serializable;
import java.util.Date;

/**
 * A delivery as the deliveries list shows it: the project, where and when it goes, and whether
 * the courier request is sent.
 */
public class DeliveryInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private long projectId;

    private String projectName;

    private String clientName;

    private String status;

    private String address;

    private String contactPerson;

    private String phone;

    /** The delivery date as {@code yyyy-MM-dd}. */
    private String date;

    /** When the pending courier request was sent, or {@code null} when one may be sent. */
    private Date courierRequestedAt;

    private String courierRequestedBy;

    private long version;

    public DeliveryInfo() {
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public Date getCourierRequestedAt() {
        return courierRequestedAt;
    }

    public void setCourierRequestedAt(Date courierRequestedAt) {
        this.courierRequestedAt = courierRequestedAt == null ? null : new Date(courierRequestedAt.getTime());
    }

    public String getCourierRequestedBy() {
        return courierRequestedBy;
    }

    public void setCourierRequestedBy(String courierRequestedBy) {
        this.courierRequestedBy = courierRequestedBy;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
