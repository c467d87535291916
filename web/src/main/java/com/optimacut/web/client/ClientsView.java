package com.optimacut.web.client;

import com.optimacut.domain.shared.TextField;
import com.optimacut.ejb.client.ClientContacts;
import com.optimacut.ejb.client.ClientDetails;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.ClientSummary;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.web.FacesMessages;
import com.optimacut.web.PageDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * «Клиенты»: the client list searched by name in the database, and the dialog that creates a
 * client.
 */
@Named
@ViewScoped
public class ClientsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientService clients;

    private String query;
    private ContactsForm newClient = new ContactsForm();
    private final PageDataModel<ClientSummary> rows =
            new PageDataModel<>((first, size, sort, filters) -> clients.list(query, first, size), ClientSummary::id);

    /** Returns the clients matching the search, paged in the database. */
    public PageDataModel<ClientSummary> getRows() {
        return rows;
    }

    /** Creates the client of the dialog, closes the dialog and confirms; a rejection is shown at its field. */
    public void create() {
        try {
            ClientDetails created = clients.create(newClient.toContacts());
            FacesMessages.info("clients.created", created.contacts().name());
            newClient = new ContactsForm();
            PrimeFaces.current().executeScript("PF('createClientDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.rejected(ContactsForm.fieldOf(e, "createForm"), e);
        }
    }

    /** Prepares an empty dialog. */
    public void startCreate() {
        newClient = new ContactsForm();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public ContactsForm getNewClient() {
        return newClient;
    }

    /** The contact fields of a client as a form edits them. */
    public static class ContactsForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String contactPerson;
        private String email;
        private String phone;
        private String address;
        private String notes;

        static ContactsForm of(ClientContacts contacts) {
            ContactsForm form = new ContactsForm();
            form.name = contacts.name();
            form.contactPerson = contacts.contactPerson();
            form.email = contacts.email();
            form.phone = contacts.phone();
            form.address = contacts.address();
            form.notes = contacts.notes();
            return form;
        }

        ClientContacts toContacts() {
            return new ClientContacts(name, contactPerson, email, phone, address, notes);
        }

        /**
         * Returns the client id of the field a rejection of the contacts names, or {@code null}
         * for a message about the whole form.
         */
        static String fieldOf(BusinessException e, String formId) {
            String field = null;
            if (e.getKey().startsWith("client.email")) {
                field = "email";
            } else if (e.getKey().startsWith("text.") && e.getArguments().length > 0
                    && e.getArguments()[0] instanceof TextField text) {
                field = switch (text) {
                    case CLIENT_NAME -> "name";
                    case CONTACT_PERSON -> "contactPerson";
                    case EMAIL -> "email";
                    case PHONE -> "phone";
                    case ADDRESS -> "address";
                    case NOTES -> "notes";
                    default -> null;
                };
            }
            return field == null ? null : formId + ":" + field;
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
}
