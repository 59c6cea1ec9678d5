package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The enterprise user extension: stored, returned, filterable and patchable. */
class EnterpriseUserIT {

    private static final String ENTERPRISE =
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @Test
    void extensionIsStoredAndReturned() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();

        String id = tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "%1$s"],
                         "userName": "%2$s", "active": true,
                         "%1$s": {"employeeNumber": "E-42", "department": "Research",
                                  "manager": {"value": "boss-1"}}}""".formatted(ENTERPRISE, email))
                .post("/Users")
                .then().statusCode(201)
                .body("schemas", hasItem(ENTERPRISE))
                .extract().path("id");

        tenant.scim().get("/Users/{id}", id)
                .then().statusCode(200)
                .body("'" + ENTERPRISE + "'.employeeNumber", equalTo("E-42"))
                .body("'" + ENTERPRISE + "'.department", equalTo("Research"))
                .body("'" + ENTERPRISE + "'.manager.value", equalTo("boss-1"));
    }

    @Test
    void entraPatchesExtensionAttributesByQualifiedPath() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [
                           {"op": "Add", "path": "%1$s:department", "value": "Sales"},
                           {"op": "Add", "path": "%1$s:manager", "value": "mgr-7"},
                           {"op": "Replace", "path": "active", "value": "True"}]}"""
                        .formatted(ENTERPRISE))
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .body("'" + ENTERPRISE + "'.department", equalTo("Sales"))
                .body("'" + ENTERPRISE + "'.manager.value", equalTo("mgr-7"));

        tenant.scim().queryParam("filter", ENTERPRISE + ":department eq \"sales\"")
                .get("/Users")
                .then().statusCode(200)
                .body("Resources.id", equalTo(List.of(id)));
    }

    @Test
    void removingTheLastExtensionAttributeDropsTheExtension() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);
        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "add", "path": "%s:costCenter", "value": "C1"}]}"""
                        .formatted(ENTERPRISE))
                .patch("/Users/{id}", id)
                .then().statusCode(200);

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "remove", "path": "%s:costCenter"}]}"""
                        .formatted(ENTERPRISE))
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .body("$", not(hasKey(ENTERPRISE)))
                .body("schemas", not(hasItem(ENTERPRISE)));
    }
}
