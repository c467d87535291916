package com.optimacut.ejb.mail;

import java.io.Serializable;

/**
 * The state of the outbox as the admin screen shows it.
 *
 * @param unsent messages not yet sent, including those waiting for a retry
 * @param sendingEnabled {@code false} when the server keeps mail in the outbox without sending
 */
public record OutboxStatus(long unsent, boolean sendingEnabled) implements Serializable {
}
