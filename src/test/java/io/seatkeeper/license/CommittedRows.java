package io.seatkeeper.license;

import io.seatkeeper.notification.Outbox;
import io.seatkeeper.notification.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Reads in a transaction of its own, as a concurrent request would, suspending the caller's:
 * what it returns is what is committed, whatever the caller has written but not committed.
 */
@ApplicationScoped
public class CommittedRows {

    private final EntityManager em;
    private final Outbox outbox;

    /** For the CDI proxy only. */
    protected CommittedRows() {
        this(null, null);
    }

    @Inject
    public CommittedRows(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> outbox(UUID organizationId) {
        return outbox.listFor(organizationId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long users(UUID organizationId) {
        return em.createQuery("select count(u) from User u where u.organizationId = :org",
                        Long.class)
                .setParameter("org", organizationId)
                .getSingleResult();
    }
}
