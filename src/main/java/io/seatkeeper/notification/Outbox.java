package io.seatkeeper.notification;

import io.seatkeeper.persistence.StoredTime;
import io.seatkeeper.telemetry.SeatkeeperMetrics;
import io.seatkeeper.telemetry.SeatkeeperMetrics.DeliveryFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The outbox table: queueing mail, listing it, and delivering one message at a time. */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    private final EntityManager em;
    private final MailSettings settings;
    private final SeatkeeperMetrics metrics;

    /** For the CDI proxy only. */
    protected Outbox() {
        this(null, null, null);
    }

    @Inject
    public Outbox(EntityManager em, MailSettings settings, SeatkeeperMetrics metrics) {
        this.em = em;
        this.settings = settings;
        this.metrics = metrics;
    }

    /**
     * Queues a mail in the current transaction. A recipient that is not exactly one valid
     * address is kept as FAILED, so the operator sees it and nothing goes to an address
     * that was not meant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID organizationId, String recipient, String subject, String body) {
        OutboxMessage message = new OutboxMessage(organizationId, recipient, subject, body,
                now());
        if (address(recipient).isEmpty()) {
            message.givenUp("Not a single valid e-mail address; nothing was sent");
            LOG.log(Level.WARNING, "Mail {0} not sent: its recipient is not an e-mail address",
                    message.id());
        }
        em.persist(message);
    }

    public List<OutboxMessage> listFor(UUID organizationId) {
        return em.createQuery("select m from OutboxMessage m where m.organizationId = :org"
                        + " order by m.createdAt, m.id", OutboxMessage.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    /**
     * The pending messages whose time has come. This and {@link #pendingCount} only read, but
     * each runs in a transaction: the sender calls them on its scheduled thread, where
     * outside one Payara hands out a persistence context it closed after the first round.
     */
    @Transactional
    public List<UUID> due(int limit) {
        return em.createQuery("select m.id from OutboxMessage m where m.status = :pending"
                        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt", UUID.class)
                .setParameter("pending", MessageStatus.PENDING)
                .setParameter("now", now())
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many mails wait to be sent, due or not. */
    @Transactional
    public long pendingCount() {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :pending",
                        Long.class)
                .setParameter("pending", MessageStatus.PENDING)
                .getSingleResult();
    }

    /**
     * Sends one message and records the outcome, if no other sender holds it. The row stays
     * locked while the mail server is talked to and until the outcome is committed, so a
     * sender on another instance passes over it and never sends it a second time.
     */
    @Transactional
    public void deliver(UUID messageId) {
        OutboxMessage message = claim(messageId);
        if (message == null) {
            return;
        }
        try {
            send(message);
            message.delivered(now());
            LOG.info(() -> "Mail " + messageId + " delivered");
        } catch (AddressException e) {
            message.givenUp(describe(e));
            metrics.deliveryFailed(DeliveryFailure.GIVEN_UP);
            LOG.log(Level.WARNING, "Mail {0} has no valid recipient, giving up", messageId);
        } catch (SendFailedException e) {
            refused(message, e);
        } catch (MessagingException e) {
            // The server could not be reached or broke off: it is not this message's fault,
            // so wait and try again without counting towards giving up.
            message.attemptFailed(describe(e),
                    now().plus(message.backoff(settings.firstRetry(), settings.maxRetry())));
            metrics.deliveryFailed(DeliveryFailure.UNREACHABLE);
            LOG.log(Level.WARNING, "Mail {0} not delivered, will retry: {1}",
                    new Object[] {messageId, describe(e)});
        }
    }

    /**
     * Locks a pending message for this transaction; null when it is no longer pending or
     * another transaction holds it. SKIP LOCKED, which H2 and PostgreSQL both understand, is
     * written out here because Hibernate's H2 dialect would turn the lock hint into a wait.
     */
    private OutboxMessage claim(UUID messageId) {
        List<?> claimed = em.createNativeQuery("select id from outbox_message"
                        + " where id = ?1 and status = ?2 for update skip locked")
                .setParameter(1, messageId)
                .setParameter(2, MessageStatus.PENDING.name())
                .getResultList();
        return claimed.isEmpty() ? null : em.find(OutboxMessage.class, messageId);
    }

    /** Only refusals count towards giving up: tries made during an outage say nothing. */
    private void refused(OutboxMessage message, SendFailedException e) {
        if (message.refusals() + 1 >= settings.maxAttempts()) {
            message.refusedForGood(describe(e));
            metrics.deliveryFailed(DeliveryFailure.GIVEN_UP);
            LOG.log(Level.WARNING, "Mail {0} refused {1} times, giving up: {2}",
                    new Object[] {message.id(), message.refusals(), describe(e)});
        } else {
            message.refused(describe(e),
                    now().plus(message.backoff(settings.firstRetry(), settings.maxRetry())));
            metrics.deliveryFailed(DeliveryFailure.REFUSED);
            LOG.log(Level.WARNING, "Mail {0} refused, will retry: {1}",
                    new Object[] {message.id(), describe(e)});
        }
    }

    private void send(OutboxMessage message) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties());
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipient(Message.RecipientType.TO, address(message.recipient())
                .orElseThrow(() -> new AddressException("Not an e-mail address")));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.setSentDate(java.util.Date.from(now()));
        mime.saveChanges();

        if (settings.smtpUser().isPresent()) {
            Transport.send(mime, settings.smtpUser().get(), settings.smtpPassword().orElse(""));
        } else {
            Transport.send(mime);
        }
    }

    /** The recipient as one strictly valid address, or empty. */
    private static Optional<InternetAddress> address(String recipient) {
        try {
            InternetAddress address = new InternetAddress(recipient, true);
            return address.getAddress().equals(recipient) && recipient.indexOf('@') > 0
                    ? Optional.of(address) : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** The exception's own words and its cause's: no stack, and nothing from the mail. */
    private static String describe(MessagingException e) {
        Throwable cause = e.getCause();
        String own = e.getClass().getSimpleName() + ": " + e.getMessage();
        return cause == null ? own : own + " (" + cause.getMessage() + ")";
    }

    private static Instant now() {
        return StoredTime.now();
    }
}
