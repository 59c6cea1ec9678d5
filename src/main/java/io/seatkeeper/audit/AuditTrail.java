package io.seatkeeper.audit;

import io.seatkeeper.persistence.StoredTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records changes in the caller's transaction and lists them per organization. */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager em;
    private final Instance<RequestOrigin> origin;
    private final Event<ChangeRecorded> recorded;

    /** For the CDI proxy only. */
    protected AuditTrail() {
        this(null, null, null);
    }

    @Inject
    public AuditTrail(EntityManager em, Instance<RequestOrigin> origin,
            Event<ChangeRecorded> recorded) {
        this.em = em;
        this.origin = origin;
        this.recorded = recorded;
    }

    /** One page of entries, newest first, with the number of all that match. */
    public record Page(List<AuditEntry> entries, long totalResults) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID organizationId, String action, String resourceType,
            Object resourceId, String detail) {
        String actor = RequestOrigin.SYSTEM;
        String requestId = null;
        try {
            RequestOrigin request = origin.get();
            actor = request.actor();
            requestId = request.requestId();
        } catch (ContextNotActiveException e) {
            // A change made outside any request is the system's own.
        }
        em.persist(new AuditEntry(organizationId, StoredTime.now(), actor, action,
                resourceType, resourceId == null ? null : resourceId.toString(), detail,
                requestId));
        recorded.fire(new ChangeRecorded(organizationId, action, resourceType));
    }

    /** Entries of the organization from {@code since} (inclusive) to {@code until}. */
    public Page list(UUID organizationId, Instant since, Instant until, int startIndex,
            int count) {
        String where = " from AuditEntry a where a.organizationId = :org"
                + " and a.at >= :since and a.at < :until";
        long total = em.createQuery("select count(a)" + where, Long.class)
                .setParameter("org", organizationId)
                .setParameter("since", since)
                .setParameter("until", until)
                .getSingleResult();
        List<AuditEntry> entries = em.createQuery("select a" + where
                        + " order by a.at desc, a.id desc", AuditEntry.class)
                .setParameter("org", organizationId)
                .setParameter("since", since)
                .setParameter("until", until)
                .setFirstResult(startIndex - 1)
                .setMaxResults(count)
                .getResultList();
        return new Page(entries, total);
    }
}
