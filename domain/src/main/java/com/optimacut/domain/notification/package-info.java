/**
 * In-application notifications: the project events a user is notified of (a reported difficulty, a
 * raised priority, a rework), kept until read. Delivery across server nodes is the services' task.
 */
package com.optimacut.domain.notification;
