/**
 * In-application notifications: what a user is told about a project (a reported difficulty, a
 * raised priority, a rework), kept until read. Delivery across server nodes is the services' task.
 */
package com.optimacut.domain.notification;
