package io.seatkeeper.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One e-mail waiting in, or delivered from, the outbox. */
@Entity
@Table(name = "outbox_message", indexes = {
    @Index(name = "ix_outbox_due", columnList = "status, next_attempt_at"),
    @Index(name = "ix_outbox_org", columnList = "organization_id, created_at")
})
public class OutboxMessage {

    /** Enough of an error to tell what happened, without storing a whole stack. */
    private static final int MAX_ERROR_LENGTH = 500;
    private static final int MAX_BODY_LENGTH = 100_000;

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    /**
     * A long string rather than a LOB, which PostgreSQL would keep apart as a large object;
     * the mail templates fill in short attributes only, far below this length.
     */
    @Column(nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    /** A string column on every database, not H2's enum type: one migration fits all. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private MessageStatus status;

    /** Every try, those made while the mail server was unreachable included. */
    @Column(nullable = false)
    private int attempts;

    /**
     * The tries the mail server answered by refusing the message; only these count towards
     * giving up.
     */
    @Column(nullable = false)
    private int refusals;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(UUID organizationId, String recipient, String subject, String body,
            Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = MessageStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    int refusals() {
        return refusals;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    void delivered(Instant now) {
        attempts++;
        status = MessageStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    void attemptFailed(String error, Instant retryAt) {
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = retryAt;
    }

    void refused(String error, Instant retryAt) {
        refusals++;
        attemptFailed(error, retryAt);
    }

    void refusedForGood(String error) {
        refusals++;
        givenUp(error);
    }

    void givenUp(String error) {
        attempts++;
        lastError = truncate(error);
        status = MessageStatus.FAILED;
    }

    /** The wait before the next attempt: doubling from {@code first}, at most {@code max}. */
    Duration backoff(Duration first, Duration max) {
        Duration wait = first.multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
