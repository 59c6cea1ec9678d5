package io.seatkeeper.notification;

import io.seatkeeper.telemetry.SeatkeeperMetrics;
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
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: every poll interval, each due message is sent in a transaction of its
 * own. Without an SMTP host nothing is sent and mail waits in the outbox until one is
 * configured and the server restarted; each round still counts the backlog for the metrics.
 * When the application stops, the round under way ends after the message it is sending.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;
    /** How long stopping waits for the message being sent; SMTP timeouts end it sooner. */
    private static final long STOP_WAIT_SECONDS = 30;

    @Resource(lookup = "concurrent/seatkeeperScheduler")
    ManagedScheduledExecutorService scheduler;

    private final Outbox outbox;
    private final MailSettings settings;
    private final SeatkeeperMetrics metrics;
    private final ReentrantLock round = new ReentrantLock();
    private volatile boolean stopping;
    private ScheduledFuture<?> schedule;

    /** For the CDI proxy only. */
    protected OutboxSender() {
        this(null, null, null);
    }

    @Inject
    public OutboxSender(Outbox outbox, MailSettings settings, SeatkeeperMetrics metrics) {
        this.outbox = outbox;
        this.settings = settings;
        this.metrics = metrics;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long interval = settings.pollInterval().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::deliverDue, interval, interval,
                TimeUnit.MILLISECONDS);
        if (settings.smtpConfigured()) {
            LOG.info(() -> "Outbox sender started, polling every " + settings.pollInterval());
        } else {
            LOG.warning("No SMTP host is configured (seatkeeper.mail.smtp.host):"
                    + " mail stays in the outbox and is not sent");
        }
    }

    /**
     * Takes no new round or message, and waits for the message being sent to be sent and its
     * outcome committed, so that stopping neither breaks off a delivery nor repeats one.
     * {@link OutboxStopListener} calls it first; here it is for a runtime that destroys the
     * beans without stopping a web application before, and does nothing the second time.
     */
    @PreDestroy
    public void stop() {
        stopping = true;
        if (schedule != null) {
            schedule.cancel(false);
        }
        try {
            if (round.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                round.unlock();
            } else {
                LOG.warning("Outbox sender still sending after " + STOP_WAIT_SECONDS
                        + " s; stopping without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliverDue() {
        round.lock();
        try {
            metrics.outboxBacklog(outbox.pendingCount());
            if (!settings.smtpConfigured()) {
                return;
            }
            for (UUID messageId : outbox.due(BATCH)) {
                if (stopping) {
                    return;
                }
                outbox.deliver(messageId);
            }
        } catch (RuntimeException e) {
            // One bad round must not end the schedule: a thrown exception would cancel it.
            LOG.log(Level.WARNING, "Outbox delivery round failed", e);
        } finally {
            round.unlock();
        }
    }
}
