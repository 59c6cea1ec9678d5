package io.seatkeeper.license;

import io.seatkeeper.notification.Outbox;
import io.seatkeeper.notification.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Looks at the outbox from a transaction of its own, as a concurrent request would, while the
 * caller's transaction is suspended: it sees committed rows only.
 */
@ApplicationScoped
public class OtherTransaction {

    private final Outbox outbox;

    /** For the CDI proxy only. */
    protected OtherTransaction() {
        this(null);
    }

    @Inject
    public OtherTransaction(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> outbox(UUID organizationId) {
        return outbox.listFor(organizationId);
    }
}
