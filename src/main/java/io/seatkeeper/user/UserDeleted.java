package io.seatkeeper.user;

import java.util.UUID;

/** A user is being deleted; fired inside the deleting transaction, before the row goes. */
public record UserDeleted(UUID organizationId, UUID userId) {
}
