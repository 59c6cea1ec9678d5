package io.seatkeeper.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.seatkeeper.audit.ChangeRecorded;
import io.seatkeeper.license.LicenseActivated;
import io.seatkeeper.license.LicenseDeactivated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's own metrics. Changes are counted once their transaction has committed, so a
 * request that failed and rolled back counts nothing.
 */
@ApplicationScoped
public class SeatkeeperMetrics {

    static final AttributeKey<String> ACTION = AttributeKey.stringKey("action");
    static final AttributeKey<String> RESOURCE = AttributeKey.stringKey("resource.type");
    static final AttributeKey<String> REASON = AttributeKey.stringKey("reason");

    /** Why a delivery attempt did not end in a sent mail. */
    public enum DeliveryFailure {
        /** The mail server could not be reached or broke off; the mail is retried. */
        UNREACHABLE,
        /** The mail server refused the recipient; the mail is retried. */
        REFUSED,
        /** The mail is FAILED for good: no valid recipient, or refused too often. */
        GIVEN_UP
    }

    private final LongCounter changes;
    private final LongCounter activated;
    private final LongCounter deactivated;
    private final LongCounter deliveryFailures;
    private final AtomicLong backlog = new AtomicLong(-1);

    /** For the CDI proxy only. */
    protected SeatkeeperMetrics() {
        this(OpenTelemetry.noop());
    }

    @Inject
    public SeatkeeperMetrics(OpenTelemetry telemetry) {
        Meter meter = telemetry.getMeter("io.seatkeeper");
        changes = meter.counterBuilder("seatkeeper.provisioning.changes")
                .setDescription("Committed changes, by audit action (user.created, ...)")
                .build();
        activated = meter.counterBuilder("seatkeeper.licenses.activated")
                .setDescription("License keys that started to work").build();
        deactivated = meter.counterBuilder("seatkeeper.licenses.deactivated")
                .setDescription("License keys that stopped working").build();
        deliveryFailures = meter.counterBuilder("seatkeeper.outbox.delivery.failures")
                .setDescription("Mail delivery attempts that did not send the mail, by reason")
                .build();
        meter.gaugeBuilder("seatkeeper.outbox.backlog").ofLongs()
                .setDescription("Mails waiting in the outbox (PENDING), as last counted")
                .buildWithCallback(measurement -> {
                    long pending = backlog.get();
                    if (pending >= 0) {
                        measurement.record(pending);
                    }
                });
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeRecorded change) {
        changes.add(1, Attributes.of(ACTION, change.action(), RESOURCE, change.resourceType()));
    }

    void onActivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) LicenseActivated event) {
        activated.add(1);
    }

    void onDeactivated(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) LicenseDeactivated event) {
        deactivated.add(1);
    }

    public void deliveryFailed(DeliveryFailure reason) {
        deliveryFailures.add(1, Attributes.of(REASON, reason.name().toLowerCase()));
    }

    public void outboxBacklog(long pending) {
        backlog.set(pending);
    }
}
