package io.seatkeeper.audit;

import java.util.UUID;

/** An audited change was written in the current transaction, e.g. {@code user.created}. */
public record ChangeRecorded(UUID organizationId, String action, String resourceType) {
}
