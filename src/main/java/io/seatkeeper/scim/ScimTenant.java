package io.seatkeeper.scim;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The organization the current SCIM request acts for, as established by {@link
 * ScimAuthFilter} from the API key. Resources pass it to every service call.
 */
@RequestScoped
public class ScimTenant {

    private UUID organizationId;

    void authenticatedAs(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public UUID organizationId() {
        if (organizationId == null) {
            throw new IllegalStateException("SCIM request without an authenticated tenant");
        }
        return organizationId;
    }
}
