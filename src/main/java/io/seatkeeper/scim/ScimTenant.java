package io.seatkeeper.scim;

import io.seatkeeper.scim.patch.PatchOperation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * The organization the current SCIM request acts for, as established by {@link
 * ScimAuthFilter} from the API key. Resources pass it to every service call.
 */
@RequestScoped
public class ScimTenant {

    private UUID organizationId;
    private boolean strictAttributes;

    void authenticatedAs(UUID organizationId, boolean strictAttributes) {
        this.organizationId = organizationId;
        this.strictAttributes = strictAttributes;
    }

    /** Refuses what {@code kept} does not keep, when the organization asked for strictness. */
    public void checkResource(JsonObject body, StrictAttributes.Kept kept) {
        if (strictAttributes) {
            StrictAttributes.checkResource(body, kept);
        }
    }

    /** The same for the operations of a PATCH. */
    public void checkPatch(List<PatchOperation> operations, StrictAttributes.Kept kept) {
        if (strictAttributes) {
            StrictAttributes.checkPatch(operations, kept);
        }
    }

    public UUID organizationId() {
        if (organizationId == null) {
            throw new IllegalStateException("SCIM request without an authenticated tenant");
        }
        return organizationId;
    }
}
