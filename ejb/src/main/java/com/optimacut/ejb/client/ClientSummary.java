package com.optimacut.ejb.client;

import com.optimacut.domain.client.Client;
import java.io.Serializable;

/** A client as lists and searches show it. */
public record ClientSummary(long id, String name, String contactPerson, String email, String phone)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static ClientSummary of(Client client) {
        return new ClientSummary(client.getId(), client.getName(), client.getContactPerson(), client.getEmail(),
                client.getPhone());
    }
}
