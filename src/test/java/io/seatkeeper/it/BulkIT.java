package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulk requests (RFC 7644 §3.7). */
class BulkIT {

    private static final String BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    @Test
    void createsAUserAndAGroupThatReferencesIt() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();

        JsonPath result = tenant.scim().body("""
                        {"schemas": ["%s"],
                         "Operations": [
                           {"method": "POST", "path": "/Users", "bulkId": "ann",
                            "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                     "userName": "%s"}},
                           {"method": "POST", "path": "/Groups", "bulkId": "team",
                            "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                                     "displayName": "Bulk team",
                                     "members": [{"value": "bulkId:ann"}]}}
                         ]}""".formatted(BULK, email))
                .post("/Bulk")
                .then().statusCode(200)
                .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:BulkResponse"))
                .body("Operations.status", equalTo(List.of("201", "201")))
                .body("Operations[0].bulkId", equalTo("ann"))
                .body("Operations[0].location", startsWith("http"))
                .body("Operations[0].version", startsWith("W/"))
                .extract().jsonPath();

        String userLocation = result.getString("Operations[0].location");
        String userId = userLocation.substring(userLocation.lastIndexOf('/') + 1);
        String groupLocation = result.getString("Operations[1].location");
        String groupId = groupLocation.substring(groupLocation.lastIndexOf('/') + 1);
        tenant.scim().get("/Groups/{id}", groupId)
                .then().body("members.value", equalTo(List.of(userId)));
    }

    @Test
    void failedOperationIsReportedInItsPlaceAndTheRestGoOn() {
        Tenant tenant = newTenant(5);
        String existing = uniqueEmail();
        String id = createUser(tenant, existing, true);

        tenant.scim().body("""
                        {"schemas": ["%s"],
                         "Operations": [
                           {"method": "POST", "path": "/Users", "bulkId": "dup",
                            "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                     "userName": "%s"}},
                           {"method": "PATCH", "path": "/Users/%s",
                            "data": {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                                     "Operations": [{"op": "replace", "path": "displayName",
                                                     "value": "Patched in bulk"}]}},
                           {"method": "DELETE", "path": "/Users/not-there"}
                         ]}""".formatted(BULK, existing, id))
                .post("/Bulk")
                .then().statusCode(200)
                .body("Operations.status", equalTo(List.of("409", "200", "404")))
                .body("Operations[0].response.scimType", equalTo("uniqueness"));

        tenant.scim().get("/Users/{id}", id)
                .then().body("displayName", equalTo("Patched in bulk"));
    }

    @Test
    void stopsAfterFailOnErrorsFailures() {
        Tenant tenant = newTenant(5);

        List<String> statuses = tenant.scim().body("""
                        {"schemas": ["%s"], "failOnErrors": 1,
                         "Operations": [
                           {"method": "DELETE", "path": "/Users/not-there"},
                           {"method": "POST", "path": "/Users", "bulkId": "never",
                            "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                     "userName": "%s"}}
                         ]}""".formatted(BULK, uniqueEmail()))
                .post("/Bulk")
                .then().statusCode(200)
                .extract().path("Operations.status");

        assertEquals(List.of("404"), statuses);
        tenant.scim().get("/Users").then().body("totalResults", equalTo(0));
    }

    @Test
    void unknownBulkIdReferenceFailsThatOperation() {
        Tenant tenant = newTenant(5);

        tenant.scim().body("""
                        {"schemas": ["%s"],
                         "Operations": [
                           {"method": "POST", "path": "/Groups", "bulkId": "g",
                            "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                                     "displayName": "Dangling",
                                     "members": [{"value": "bulkId:nobody"}]}}
                         ]}""".formatted(BULK))
                .post("/Bulk")
                .then().statusCode(200)
                .body("Operations[0].status", equalTo("409"))
                .body("Operations[0].response.scimType", equalTo("invalidValue"));
        tenant.scim().get("/Groups").then().body("totalResults", equalTo(0));
    }

    @Test
    void aBulkIdUsedTwiceFailsTheSecondOperation() {
        Tenant tenant = newTenant(5);

        tenant.scim().body("""
                        {"schemas": ["%1$s"],
                         "Operations": [
                           {"method": "POST", "path": "/Users", "bulkId": "same",
                            "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                     "userName": "%2$s"}},
                           {"method": "POST", "path": "/Users", "bulkId": "same",
                            "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                                     "userName": "%3$s"}}
                         ]}""".formatted(BULK, uniqueEmail(), uniqueEmail()))
                .post("/Bulk")
                .then().statusCode(200)
                .body("Operations.status", equalTo(List.of("201", "400")))
                .body("Operations[1].bulkId", equalTo("same"))
                .body("Operations[1].method", equalTo("POST"));
        tenant.scim().get("/Users").then().body("totalResults", equalTo(1));
    }

    @Test
    void deleteReportsTheLocationItDeleted() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);

        tenant.scim().body("""
                        {"schemas": ["%s"],
                         "Operations": [{"method": "DELETE", "path": "/Users/%s"}]}"""
                        .formatted(BULK, id))
                .post("/Bulk")
                .then().statusCode(200)
                .body("Operations[0].status", equalTo("204"))
                .body("Operations[0].location", org.hamcrest.Matchers.endsWith("/Users/" + id));
    }

    @Test
    void malformedBulkRequestIsRefusedWhole() {
        Tenant tenant = newTenant(5);

        tenant.scim().body("{\"Operations\": []}")
                .post("/Bulk")
                .then().statusCode(400).body("scimType", equalTo("invalidSyntax"));
        tenant.scim().body("""
                        {"schemas": ["%s"],
                         "Operations": [{"method": "GET", "path": "/Users"}]}""".formatted(BULK))
                .post("/Bulk")
                .then().statusCode(200)
                .body("Operations[0].status", equalTo("400"));
    }
}
