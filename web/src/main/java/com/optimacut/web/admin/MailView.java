package com.optimacut.web.admin;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.mail.MailAdminService;
import com.optimacut.ejb.mail.OutboxEntry;
import com.optimacut.ejb.mail.OutboxStatus;
import com.optimacut.web.FacesMessages;
import com.optimacut.web.PageDataModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * «Почта» for administrators: whether the server sends mail, how many messages wait in the
 * outbox, and a test message to an address of their choice.
 */
@Named
@ViewScoped
public class MailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailAdminService mailAdmin;

    private String recipient;
    private OutboxStatus status;
    private final PageDataModel<OutboxEntry> messages =
            new PageDataModel<>((first, size, sort, filters) -> mailAdmin.messages(first, size), OutboxEntry::id);

    /** Returns the outbox messages, newest first, paged in the database. */
    public PageDataModel<OutboxEntry> getMessages() {
        return messages;
    }

    /** Returns the outbox state, read once per view. */
    public OutboxStatus getStatus() {
        if (status == null) {
            status = mailAdmin.status();
        }
        return status;
    }

    /** Queues the test message and confirms it; an invalid address is shown next to the field. */
    public void sendTest() {
        try {
            mailAdmin.sendTestMessage(recipient, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            FacesMessages.info("mail.testQueued", recipient.trim());
            status = null;
        } catch (BusinessException e) {
            FacesMessages.rejected("mailForm:recipient", e);
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
