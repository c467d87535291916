package com.optimacut.ejb.notification;

/**
 * The Jakarta Messaging resources that carry notification events between server instances, and
 * the fields of their messages. Admins define both resources on the server under these JNDI names
 * (Payara: {@code server-config/payara/messaging.asadmin}); WildFly binds the same names.
 */
public final class NotificationTopic {

    /** The connection factory. */
    public static final String CONNECTION_FACTORY = "jms/optimacut/connectionFactory";

    /** The topic: every server instance subscribes and pushes to its own browsers. */
    public static final String EVENTS = "jms/optimacut/events";

    /** The map-message field with the recipient's user name. */
    public static final String RECIPIENT = "recipient";

    /** The map-message field with the {@link com.optimacut.domain.notification.NotificationKind} name. */
    public static final String KIND = "kind";

    /** The map-message field with the project id; absent for a notification without a project. */
    public static final String PROJECT_ID = "projectId";

    private NotificationTopic() {
    }
}
