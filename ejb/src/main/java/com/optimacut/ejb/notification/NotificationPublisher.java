package com.optimacut.ejb.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes each notification written to the topic {@value NotificationTopic#EVENTS} once its
 * transaction has committed, so that every server instance can push it to the recipient's open
 * browsers. A notification that was rolled back is never published.
 * <p>
 * Publishing is best effort: when the broker cannot be reached, the failure is logged and the
 * notification stays in the database, where the bell's poll finds it within a minute.
 */
@Stateless
@PermitAll
public class NotificationPublisher {

    private static final Logger LOG = Logger.getLogger(NotificationPublisher.class.getName());

    @Inject
    @JMSConnectionFactory(NotificationTopic.CONNECTION_FACTORY)
    private JMSContext jms;

    @Resource(lookup = NotificationTopic.EVENTS)
    private Topic events;

    /**
     * Sends a map message with the recipient, kind and project id of a committed notification.
     * The container calls it after the writing transaction has committed.
     */
    // After the commit there is no transaction left to join, and the send needs none.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
        Map<String, Object> body = new HashMap<>();
        body.put(NotificationTopic.RECIPIENT, created.recipient());
        body.put(NotificationTopic.KIND, created.kind().name());
        if (created.projectId() != null) {
            body.put(NotificationTopic.PROJECT_ID, created.projectId());
        }
        try {
            // Non-persistent, because the message only makes the bells reload: the notification
            // is in the database, and the listeners' subscriptions are not durable.
            jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(events, body);
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "Publishing notification " + created.kind() + " for " + created.recipient()
                    + " failed; the bell's poll will show it", e);
            return;
        }
        LOG.fine(() -> "Notification " + created.kind() + " for " + created.recipient() + " published");
    }
}
