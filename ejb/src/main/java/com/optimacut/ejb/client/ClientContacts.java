package com.optimacut.ejb.client;

import java.io.Serializable;

/** The name and contacts of a client as a manager or an integrator enters them; blank means not given. */
public record ClientContacts(String name, String contactPerson, String email, String phone, String address,
        String notes) implements Serializable {

    private static final long serialVersionUID = 1L;
}
