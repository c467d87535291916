/**
 * In-application notifications: each signed-in user reads and marks their own, and other services
 * write them in their business transaction ({@link com.optimacut.ejb.notification.NotificationService}).
 * Every notification written fires a {@link com.optimacut.ejb.notification.NotificationCreated}
 * CDI event (an escalation pass fires one per recipient), which transactional observers receive
 * after the commit to push it to browsers.
 */
package com.optimacut.ejb.notification;
