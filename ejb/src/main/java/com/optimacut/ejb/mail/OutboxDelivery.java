package com.optimacut.ejb.mail;

import com.optimacut.domain.mail.OutboxMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one outbox message per transaction through {@code mail/optimacut}.
 * <p>
 * The message row is locked while it is sent and marked sent in the same transaction, so two
 * nodes never send it both. A message can still go out twice in one case: SMTP accepted it
 * and the database then failed to commit the mark; the next pass sends it again.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    /** Messages handled per pass, so one pass cannot run for long. */
    static final int BATCH = 50;

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource(lookup = "mail/optimacut")
    private Session session;

    /** The result of one delivery attempt. */
    public enum Outcome {
        /** Handed to the SMTP server and marked sent. */
        SENT,
        /** Already sent, not due yet, or gone; nothing was done. */
        SKIPPED,
        /** The SMTP server could not be reached or refused; the next attempt is scheduled. */
        FAILED
    }

    /** Returns the ids of up to {@link #BATCH} messages that are due now, oldest first. */
    public List<Long> dueIds() {
        return em.createNamedQuery(OutboxMail.DUE_IDS, Long.class)
                .setParameter("now", Instant.now())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Sends one message unless another node sent it meanwhile; a failure is recorded on the
     * message with the time of the next attempt.
     *
     * @return what happened to the message
     */
    // Each message commits on its own, so one failure cannot undo the marks of the others.
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (mail == null || mail.isSent() || mail.getNextAttemptAt().isAfter(now)) {
            return Outcome.SKIPPED;
        }
        try {
            Transport.send(toMimeMessage(mail));
            mail.markSent(Instant.now());
            LOG.info(() -> "Mail " + id + " (" + mail.getKind() + ") sent after " + mail.getAttempts() + " attempts");
            return Outcome.SENT;
        } catch (MessagingException e) {
            mail.markFailed(e.toString(), now);
            LOG.log(Level.WARNING, "Mail " + id + " not sent, attempt " + mail.getAttempts() + "; next at "
                    + mail.getNextAttemptAt(), e);
            return Outcome.FAILED;
        }
    }

    private MimeMessage toMimeMessage(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(mail.getCreatedAt()));
        message.setHeader("X-Optimacut-Outbox-Id", String.valueOf(mail.getId()));
        if (mail.getBodyHtml() == null) {
            message.setText(mail.getBodyText(), StandardCharsets.UTF_8.name());
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBodyText(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getBodyHtml(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }
}
