package com.optimacut.web.project;

import com.optimacut.ejb.client.ClientContacts;
import com.optimacut.ejb.client.ClientDetails;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.ClientSummary;
import com.optimacut.ejb.common.BusinessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Converts a client chosen in an autocomplete to its id and back, reading the client again
 * through {@link ClientService#find}; an unknown id is a conversion error. A CDI bean used as
 * {@code converter="#{clientConverter}"}, because the service is injected.
 */
@Named
@ApplicationScoped
public class ClientConverter implements Converter<ClientSummary> {

    @Inject
    private ClientService clients;

    @Override
    public ClientSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            ClientDetails client = clients.find(Long.parseLong(value.trim()));
            ClientContacts contacts = client.contacts();
            return new ClientSummary(client.id(), contacts.name(), contacts.contactPerson(), contacts.email(),
                    contacts.phone());
        } catch (NumberFormatException | BusinessException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ClientSummary value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
