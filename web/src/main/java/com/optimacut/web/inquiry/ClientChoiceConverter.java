package com.optimacut.web.inquiry;

import com.optimacut.ejb.client.ClientSummary;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Converts a client chosen in an autocomplete to {@code id:name} and back. The name travels with
 * the id so the field can show it again without a query; only the id is used to store a choice.
 */
@FacesConverter("clientChoiceConverter")
public class ClientChoiceConverter implements Converter<ClientSummary> {

    @Override
    public ClientSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            long id = Long.parseLong(colon < 0 ? value : value.substring(0, colon));
            return new ClientSummary(id, colon < 0 ? "" : value.substring(colon + 1), null, null, null);
        } catch (NumberFormatException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ClientSummary client) {
        return client == null ? "" : client.id() + ":" + client.name();
    }
}
