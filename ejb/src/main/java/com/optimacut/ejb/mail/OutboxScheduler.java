package com.optimacut.ejb.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an outbox pass every {@code optimacut.mail.poll-seconds} seconds (10 by default) on each
 * server node. The timer is not persistent: every node starts its own at deployment, and the
 * row locks in {@link OutboxDelivery} keep nodes from sending a message twice.
 */
@Singleton
@Startup
@PermitAll
// Passes must not pile up: a pass still running makes the next tick return at once.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    @Resource
    private TimerService timerService;

    @EJB
    private OutboxDelivery delivery;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long intervalMillis = MailSettings.pollSeconds() * 1000L;
        timerService.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("outbox", false));
    }

    // The pass commits message by message in OutboxDelivery; it needs no transaction of its own.
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pass(Timer timer) {
        if (!MailSettings.sendingEnabled() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long id : delivery.dueIds()) {
                // One failure usually means SMTP is down: leave the rest for the next pass
                // instead of waiting out a connection timeout per message.
                if (delivery.deliver(id) == OutboxDelivery.Outcome.FAILED) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox pass failed; the next pass tries again", e);
        } finally {
            running.set(false);
        }
    }
}
