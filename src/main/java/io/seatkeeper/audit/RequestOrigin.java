package io.seatkeeper.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Who the current request acts as, and its id, as the HTTP boundary established them.
 * Changes made outside any request are recorded as "system".
 */
@RequestScoped
public class RequestOrigin {

    public static final String OPERATOR = "operator";
    static final String SYSTEM = "system";

    private String actor = SYSTEM;
    private String requestId;

    public void identifiedAs(String requestId) {
        this.requestId = requestId;
    }

    public void actingAs(String actor) {
        this.actor = actor;
    }

    public static String apiKey(UUID keyId) {
        return "api-key:" + keyId;
    }

    public String requestId() {
        return requestId;
    }

    String actor() {
        return actor;
    }
}
