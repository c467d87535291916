package com.optimacut.web.notification;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.notification.NotificationEntry;
import com.optimacut.ejb.notification.NotificationService;
import com.optimacut.web.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The notification bell in the page header: the caller's unread count, their latest
 * notifications, and marking them read. The count reloads when the user's websocket channel
 * says a notification was written ({@link NotificationPush}) and on the header's poll.
 */
@Named("notificationBell")
@ViewScoped
public class NotificationBellView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many of the latest notifications the bell lists. */
    static final int LATEST = 10;

    @Inject
    private NotificationService notifications;

    private Long unreadCount;
    private List<NotificationEntry> latest;

    /** Returns the number of unread notifications, read once until the next refresh. */
    public long getUnreadCount() {
        if (unreadCount == null) {
            unreadCount = notifications.unreadCount();
        }
        return unreadCount;
    }

    /** Returns the latest notifications, newest first, read once until the next refresh. */
    public List<NotificationEntry> getLatest() {
        if (latest == null) {
            latest = notifications.list(0, LATEST).rows();
        }
        return latest;
    }

    /** Forgets the count and the list, so the next render reads them again. */
    public void refresh() {
        unreadCount = null;
        latest = null;
    }

    /** Marks one notification read. */
    public void markRead(NotificationEntry entry) {
        try {
            notifications.markRead(entry.id());
        } catch (BusinessException e) {
            FacesMessages.rejected(null, e);
        }
        refresh();
    }

    /** Marks every unread notification read. */
    public void markAllRead() {
        notifications.markAllRead();
        refresh();
    }

    /** Marks the notification read and opens its project's page. */
    public void open(NotificationEntry entry) throws IOException {
        markRead(entry);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/projects/view.xhtml?id=" + entry.projectId());
    }
}
