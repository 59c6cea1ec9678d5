package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unknown attributes are ignored alike on POST, PUT and PATCH, unless the organization has
 * switched on strict mode, which refuses them.
 */
class StrictAttributesIT {

    private static final String WITH_UNKNOWN = """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName": "%s", "shoeSize": 44, "phoneNumbers": [{"value": "+1 555"}],
             "name": {"givenName": "Ann", "nickname2": "x"}}""";

    @Test
    void unknownAttributesAreIgnoredByDefault() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();

        String id = tenant.scim().body(WITH_UNKNOWN.formatted(email))
                .post("/Users")
                .then().statusCode(201)
                .extract().path("id");
        tenant.scim().body(WITH_UNKNOWN.formatted(email))
                .put("/Users/{id}", id)
                .then().statusCode(200);
        tenant.scim().body(patch("{\"op\": \"add\", \"value\": {\"shoeSize\": 45}}"))
                .patch("/Users/{id}", id)
                .then().statusCode(200);
    }

    @Test
    void strictModeRefusesThemAlikeEverywhere() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);
        admin().body(Map.of("strictAttributes", true))
                .patch("/organizations/{id}", tenant.organizationId())
                .then().statusCode(200).body("strictAttributes", equalTo(true));
        String email = uniqueEmail();

        tenant.scim().body(WITH_UNKNOWN.formatted(email))
                .post("/Users")
                .then().statusCode(400)
                .body("scimType", equalTo("invalidSyntax"))
                .body("detail", containsString("shoeSize"));
        tenant.scim().body(WITH_UNKNOWN.formatted(email))
                .put("/Users/{id}", id)
                .then().statusCode(400);
        tenant.scim().body(patch("{\"op\": \"add\", \"path\": \"phoneNumbers\","
                        + " \"value\": [{\"value\": \"+1 555\"}]}"))
                .patch("/Users/{id}", id)
                .then().statusCode(400).body("detail", containsString("phoneNumbers"));
        tenant.scim().body(patch("{\"op\": \"replace\", \"value\": {\"name.nickname2\": \"x\"}}"))
                .patch("/Users/{id}", id)
                .then().statusCode(400);
    }

    @Test
    void strictModeStillTakesEverythingItKeeps() {
        Tenant tenant = newTenant(5);
        admin().body(Map.of("strictAttributes", true))
                .patch("/organizations/{id}", tenant.organizationId())
                .then().statusCode(200);

        String id = tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "userName": "%s", "name": {"givenName": "Ann"},
                         "emails": [{"value": "ann@example.com", "type": "work"}],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                           {"department": "R&D", "manager": {"value": "m1"}}}"""
                        .formatted(uniqueEmail()))
                .post("/Users")
                .then().statusCode(201)
                .extract().path("id");
        tenant.scim().body(patch("{\"op\": \"replace\", \"path\": \"name.givenName\","
                        + " \"value\": \"Anna\"}"))
                .patch("/Users/{id}", id)
                .then().statusCode(200).body("name.givenName", equalTo("Anna"));
    }

    @Test
    void strictModeLooksInsideTheValuesOfPathedOperations() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);
        admin().body(Map.of("strictAttributes", true))
                .patch("/organizations/{id}", tenant.organizationId())
                .then().statusCode(200);

        tenant.scim().body(patch("{\"op\": \"replace\", \"path\": \"emails\","
                        + " \"value\": [{\"value\": \"a@example.com\", \"foo\": 1}]}"))
                .patch("/Users/{id}", id)
                .then().statusCode(400).body("detail", containsString("emails.foo"));
        tenant.scim().body(patch("{\"op\": \"replace\", \"path\":"
                        + " \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\","
                        + " \"value\": {\"department\": \"Ops\"}}"))
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .body("'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'.department",
                        equalTo("Ops"));
    }

    private static String patch(String operation) {
        return """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [%s]}""".formatted(operation);
    }
}
