/**
 * The notification bell in the page header: the unread count, the latest notifications, and the
 * per-user push channel that updates the count.
 */
package com.optimacut.web.notification;
