package com.optimacut.ejb.mail;

import com.optimacut.domain.mail.OutboxMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Puts e-mail in the outbox. The message is stored in the caller's transaction, so it is sent
 * if and only if the business change that caused it commits.
 */
@Stateless
@PermitAll
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    /**
     * Stores a message for delivery.
     *
     * @param kind what the message is about, such as {@code COURIER_REQUEST}
     * @param bodyHtml the HTML alternative, or {@code null} for plain text only
     * @return the outbox id of the message
     */
    public long enqueue(String kind, String recipient, String subject, String bodyText, String bodyHtml) {
        OutboxMail mail = new OutboxMail(kind, recipient, subject, bodyText, bodyHtml, Instant.now());
        em.persist(mail);
        em.flush();
        if (!MailSettings.sendingEnabled()) {
            LOG.info(() -> "Mail " + mail.getId() + " (" + kind + ", subject \"" + subject
                    + "\") kept in the outbox: sending is off (optimacut.mail.send=false)");
        }
        return mail.getId();
    }
}
