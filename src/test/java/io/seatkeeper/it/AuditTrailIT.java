package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every provisioning change is in the audit trail, with who made it and in which request. */
class AuditTrailIT {

    @Test
    void recordsEachChangeWithItsActorAndRequest() {
        Tenant tenant = newTenant(5);
        String keyId = admin().get("/organizations/{id}/api-keys", tenant.organizationId())
                .then().extract().path("[0].id");
        String email = uniqueEmail();
        io.restassured.response.Response created = tenant.scim()
                .header("X-Request-Id", "okta-req-42")
                .body(oktaCreateBody(email, "Ann", "Lee", true))
                .post("/Users");
        created.then().statusCode(201).header("X-Request-Id", equalTo("okta-req-42"));
        String userId = created.path("id");
        tenant.scim().body(activeBody(false)).patch("/Users/{id}", userId)
                .then().statusCode(200);
        tenant.scim().delete("/Users/{id}", userId).then().statusCode(204);

        JsonPath trail = audit(tenant, Map.of());

        assertEquals(List.of("organization.created", "scim.enabled", "api-key.created",
                        "user.created", "license.activated", "user.deactivated",
                        "license.deactivated", "user.deleted"),
                oldestFirst(trail.getList("entries.action")));
        Map<String, Object> userCreated =
                trail.getMap("entries.find { it.action == 'user.created' }");
        assertEquals("api-key:" + keyId, userCreated.get("actor"));
        assertEquals("okta-req-42", userCreated.get("requestId"));
        assertEquals(userId, userCreated.get("resourceId"));
        assertEquals("operator",
                trail.getString("entries.find { it.action == 'organization.created' }.actor"));
    }

    @Test
    void aRefusedRequestRecordsNothing() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();
        ServerUnderTest.createUser(tenant, email, true);
        int before = audit(tenant, Map.of()).getInt("totalResults");

        tenant.scim().body(oktaCreateBody(email.toUpperCase(), "B", "C", true))
                .post("/Users").then().statusCode(409);

        assertEquals(before, audit(tenant, Map.of()).getInt("totalResults"));
    }

    @Test
    void pagesAndTimeWindowsNarrowTheList() {
        Tenant tenant = newTenant(5);
        ServerUnderTest.createUser(tenant, uniqueEmail(), true);
        int total = audit(tenant, Map.of()).getInt("totalResults");

        JsonPath page = audit(tenant, Map.of("startIndex", 2, "count", 2));
        JsonPath future = audit(tenant,
                Map.of("since", Instant.now().plusSeconds(60).toString()));

        assertTrue(total >= 5, "total " + total);
        assertEquals(total, page.getInt("totalResults"));
        assertEquals(2, page.getList("entries").size());
        assertEquals(0, future.getInt("totalResults"));
        admin().queryParam("since", "yesterday")
                .get("/organizations/{id}/audit", tenant.organizationId())
                .then().statusCode(400);
    }

    private static JsonPath audit(Tenant tenant, Map<String, ?> query) {
        return admin().queryParams(query)
                .get("/organizations/{id}/audit", tenant.organizationId())
                .then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> oldestFirst(List<String> newestFirst) {
        List<String> reversed = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
