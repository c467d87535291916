package com.optimacut.api.v1;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An inquiry as a website's order form sends it: either an existing client's id or a way to
 * reach a sender who is not a client yet, and the text.
 */
public class InquiryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The client, or {@code null} for a sender who is not a client yet. */
    @Positive
    private Long clientId;

    /** How to reach the sender without a client, such as a name and a phone. */
    @Size(max = 500)
    private String contact;

    /** What the sender asks for; required. */
    @NotBlank
    @Size(max = 4000)
    private String text;

    public InquiryForm() {
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
}
