package com.optimacut.api.v1;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The name and contacts of a client, as an integrator sends them to create a client or to
 * replace its contacts. A blank optional field means "not given".
 */
public class ClientFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The client's name; required. */
    @NotBlank
    @Size(max = 200)
    private String name;

    /** The person to talk to. */
    @Size(max = 200)
    private String contactPerson;

    /** The e-mail address; at most one client usually has it. */
    @Email
    @Size(max = 254)
    private String email;

    /** The phone number in any notation, such as {@code +7 912 345-67-89}. */
    @Size(max = 40)
    private String phone;

    @Size(max = 500)
    private String address;

    @Size(max = 4000)
    private String notes;

    public ClientFields() {
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
}
