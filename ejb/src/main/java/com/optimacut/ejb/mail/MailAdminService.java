package com.optimacut.ejb.mail;

import com.optimacut.domain.mail.OutboxMail;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The administrator's view of outgoing mail: the outbox state and a test message that proves
 * the mail session reaches the SMTP server.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class MailAdminService {

    private static final Logger LOG = Logger.getLogger(MailAdminService.class.getName());

    /** Kind of the test message in the outbox. */
    public static final String TEST_KIND = "TEST";

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @EJB
    private MailOutbox outbox;

    @Resource
    private SessionContext context;

    /**
     * Puts a test message for the given address in the outbox, worded in the given language.
     *
     * @return the outbox id of the message
     * @throws BusinessException {@code mail.recipient.invalid} if the address is not an e-mail address
     */
    public long sendTestMessage(String recipient, Locale locale) {
        String address = recipient == null ? "" : recipient.trim();
        if (!MailAddresses.isValid(address)) {
            throw new BusinessException("mail.recipient.invalid", address);
        }
        String user = context.getCallerPrincipal().getName();
        MailText text = MailTemplates.render("test", locale, user);
        long id = outbox.enqueue(TEST_KIND, address, text.subject(), text.plain(), text.html());
        LOG.info(() -> "Test mail " + id + " queued by " + user);
        return id;
    }

    /** Lists outbox messages, newest first, one page at a time. */
    public Page<OutboxEntry> messages(int first, int pageSize) {
        List<OutboxEntry> rows = em.createQuery("""
                select new com.optimacut.ejb.mail.OutboxEntry(m.id, m.kind, m.recipient, m.subject, m.createdAt,
                    m.attempts, m.nextAttemptAt, m.sentAt, m.lastError)
                from OutboxMail m order by m.createdAt desc, m.id desc""", OutboxEntry.class)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Page.clampSize(pageSize))
                .getResultList();
        long total = em.createQuery("select count(m) from OutboxMail m", Long.class).getSingleResult();
        return new Page<>(rows, total);
    }

    /** Returns how many messages wait in the outbox and whether the server sends them. */
    public OutboxStatus status() {
        long unsent = em.createNamedQuery(OutboxMail.COUNT_UNSENT, Long.class).getSingleResult();
        return new OutboxStatus(unsent, MailSettings.sendingEnabled());
    }
}
