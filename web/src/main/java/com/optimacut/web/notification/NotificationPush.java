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
 * Call it after a service call that wrote notifications has returned, with the recipients' user
 * names. Notifications written by the deadline timer or on another node reach the bell through
 * its poll instead.
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
