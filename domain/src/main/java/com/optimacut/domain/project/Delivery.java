package com.optimacut.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where, to whom and when a project is handed over («Доставка»), and the state of its courier
 * request. A project whose delivery has an address, a contact person and a date is
 * {@linkplain #isComplete() listed under «Доставки»}. {@link Project} changes it; the fields have
 * no public setters.
 */
@Embeddable
public class Delivery {

    @Column(name = "delivery_address", length = 500)
    private String address;

    @Column(name = "delivery_contact", length = 200)
    private String contactPerson;

    @Column(name = "delivery_phone", length = 40)
    private String phone;

    @Column(name = "delivery_date")
    private LocalDate date;

    @Column(name = "courier_requested_at")
    private Instant courierRequestedAt;

    @Column(name = "courier_requested_by", length = 64)
    private String courierRequestedBy;

    protected Delivery() {
        // for JPA and Project
    }

    void change(String address, String contactPerson, String phone, LocalDate date) {
        this.address = address;
        this.contactPerson = contactPerson;
        this.phone = phone;
        this.date = date;
    }

    void markCourierRequested(String actor, Instant at) {
        this.courierRequestedAt = at;
        this.courierRequestedBy = actor;
    }

    void clearCourierRequest() {
        this.courierRequestedAt = null;
        this.courierRequestedBy = null;
    }

    /** Returns whether address, contact person and date are all given. */
    public boolean isComplete() {
        return address != null && contactPerson != null && date != null;
    }

    /** Returns whether a courier request was sent and not reset since. */
    public boolean isCourierRequested() {
        return courierRequestedAt != null;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getCourierRequestedAt() {
        return courierRequestedAt;
    }

    public String getCourierRequestedBy() {
        return courierRequestedBy;
    }
}
