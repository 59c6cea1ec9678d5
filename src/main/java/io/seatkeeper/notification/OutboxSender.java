package io.seatkeeper.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: every poll interval, each due message is sent in a transaction of its
 * own. Without an SMTP host nothing is sent and mail waits in the outbox until one is
 * configured and the server restarted.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Resource(lookup = "concurrent/seatkeeperScheduler")
    ManagedScheduledExecutorService scheduler;

    private final Outbox outbox;
    private final MailSettings settings;
    private ScheduledFuture<?> schedule;

    /** For the CDI proxy only. */
    protected OutboxSender() {
        this(null, null);
    }

    @Inject
    public OutboxSender(Outbox outbox, MailSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!settings.smtpConfigured()) {
            LOG.warning("No SMTP host is configured (seatkeeper.mail.smtp.host):"
                    + " mail stays in the outbox and is not sent");
            return;
        }
        long interval = settings.pollInterval().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::deliverDue, interval, interval,
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Outbox sender started, polling every " + settings.pollInterval());
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void deliverDue() {
        try {
            for (UUID messageId : outbox.due(BATCH)) {
                outbox.deliver(messageId);
            }
        } catch (RuntimeException e) {
            // One bad round must not end the schedule: a thrown exception would cancel it.
            LOG.log(Level.WARNING, "Outbox delivery round failed", e);
        }
    }
}
