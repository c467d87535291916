package com.optimacut.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.logging.Logger;

/**
 * Tells the given users' notification bells on this server to reload the unread count, through
 * the per-user Faces websocket channel {@value #CHANNEL}.
 * <p>
 * {@link NotificationTopicListener} calls it for every notification written on any server
 * instance, after the writing transaction has committed. When the messaging broker is down, the
 * bell's poll still shows new notifications within a minute.
 */
@ApplicationScoped
public class NotificationPush {

    /** The websocket channel of the bell, one per signed-in user. */
    public static final String CHANNEL = "notifications";

    static final String CREATED = "created";

    private static final Logger LOG = Logger.getLogger(NotificationPush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    private PushContext notifications;

    /** Sends the reload message to the bells of the given users. */
    public void notificationsCreated(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return;
        }
        int sockets = notifications.send(CREATED, usernames).values().stream().mapToInt(f -> f.size()).sum();
        LOG.fine(() -> "Notification pushed to " + usernames.size() + " users on " + sockets + " sockets");
    }
}
