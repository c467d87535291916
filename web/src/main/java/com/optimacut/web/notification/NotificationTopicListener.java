package com.optimacut.web.notification;

import com.optimacut.ejb.notification.NotificationTopic;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server instance's subscriber to the notification topic: for each notification written on
 * any instance, it sends a reload message to the recipient's bells open on this instance
 * ({@link NotificationPush}). The subscription is not durable: events published while this
 * instance is down are not needed, because the bells read the database when the pages load.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = NotificationTopic.EVENTS),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "connectionFactoryLookup",
            propertyValue = NotificationTopic.CONNECTION_FACTORY),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable")
})
public class NotificationTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationTopicListener.class.getName());

    @Inject
    private NotificationPush push;

    /** Pushes the reload to the recipient's bells; a message without a recipient is logged and dropped. */
    @Override
    public void onMessage(Message message) {
        String recipient;
        try {
            recipient = message instanceof MapMessage map ? map.getString(NotificationTopic.RECIPIENT) : null;
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "Unreadable notification event dropped", e);
            return;
        }
        if (recipient == null) {
            LOG.warning("Notification event without a recipient dropped");
            return;
        }
        push.notificationsCreated(List.of(recipient));
    }
}
