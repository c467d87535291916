package com.optimacut.api.v1;

import java.io.Serializable;
import java.util.Date;

/**
 * A client as the API returns it. Send {@link #getVersion()} back with a contacts update, so
 * that a change made by someone else in between is detected.
 */
public class ClientInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;

    /** The version an update must name. */
    private long version;

    private String name;

    private String contactPerson;

    private String email;

    private String phone;

    private String address;

    private String notes;

    private Date createdAt;

    public ClientInfo() {
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt == null ? null : new Date(createdAt.getTime());
    }
}
