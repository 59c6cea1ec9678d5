package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests get a SCIM error body with the right status and scimType, and change nothing. */
class ScimErrorsIT {

    static Stream<Arguments> badCreates() {
        return Stream.of(
                Arguments.of("{\"userName\": ", 400, "invalidSyntax"),
                Arguments.of("[1, 2]", 400, "invalidSyntax"),
                Arguments.of("{\"userName\": \"a@example.com\"}", 400, "invalidSyntax"),
                Arguments.of("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"]}",
                        400, "invalidValue"),
                Arguments.of("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + " \"userName\": 42}", 400, "invalidValue"),
                Arguments.of("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + " \"userName\": \"a@example.com\", \"active\": \"maybe\"}",
                        400, "invalidValue"),
                Arguments.of("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + " \"userName\": \"a@example.com\","
                        + " \"emails\": [{\"value\": \"not an email\"}]}", 400, "invalidValue"),
                Arguments.of("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + " \"userName\": \"a@example.com\", \"name\": \"Ann\"}",
                        400, "invalidValue"),
                Arguments.of("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + " \"userName\": \"a@example.com\\r\\nBcc: x@example.com\"}",
                        400, "invalidValue"),
                Arguments.of("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + " \"userName\": \"a\\u0000@example.com\"}", 400, "invalidValue"),
                Arguments.of("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + " \"userName\": \"a@example.com\"} trailing", 400, "invalidSyntax"),
                Arguments.of("{\"userName\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                        400, "invalidSyntax"));
    }

    @ParameterizedTest
    @MethodSource("badCreates")
    void badCreateIsRefusedAndCreatesNothing(String body, int status, String scimType) {
        Tenant tenant = newTenant(5);

        tenant.scim().body(body)
                .post("/Users")
                .then().statusCode(status)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("schemas", hasItem(ServerUnderTest.ERROR_SCHEMA))
                .body("status", equalTo(String.valueOf(status)))
                .body("scimType", equalTo(scimType));

        tenant.scim().get("/Users").then().body("totalResults", equalTo(0));
    }

    @Test
    void bodyThatIsNotUtf8IsInvalidSyntax() {
        Tenant tenant = newTenant(5);
        byte[] body = ("{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + " \"userName\": \"bad\u00ff@example.com\"}")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        tenant.scim().body(body)
                .post("/Users")
                .then().statusCode(400)
                .body("scimType", equalTo("invalidSyntax"));
        tenant.scim().get("/Users").then().body("totalResults", equalTo(0));
    }

    @Test
    void oversizedBodyIsRefusedWithAScimError() {
        Tenant tenant = newTenant(5);
        String body = "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + " \"userName\": \"big@example.com\", \"title\": \""
                + "x".repeat(300_000) + "\"}";

        tenant.scim().body(body)
                .post("/Users")
                .then().statusCode(413)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("status", equalTo("413"));
        tenant.scim().get("/Users").then().body("totalResults", equalTo(0));
    }

    @Test
    void longUserNamesUpToTheLimitAreAccepted() {
        Tenant tenant = newTenant(5);
        String userName = "u".repeat(300) + "@example.com";

        tenant.scim().body(ServerUnderTest.oktaCreateBody(userName, "L", "Ong", true))
                .post("/Users")
                .then().statusCode(201)
                .body("userName", equalTo(userName));
    }

    @Test
    void plainJsonBodiesAreAcceptedToo() {
        Tenant tenant = newTenant(5);

        tenant.scim().contentType("application/json")
                .body(ServerUnderTest.oktaCreateBody(uniqueEmail(), "J", "Son", true))
                .post("/Users")
                .then().statusCode(201)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON));
    }

    @Test
    void otherMediaTypesAreUnsupported() {
        Tenant tenant = newTenant(5);

        tenant.scim().contentType("text/plain").body("userName=a")
                .post("/Users")
                .then().statusCode(415)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("schemas", hasItem(ServerUnderTest.ERROR_SCHEMA));
    }

    @Test
    void unknownUserAndUnknownEndpointAreScimNotFound() {
        Tenant tenant = newTenant(5);

        tenant.scim().get("/Users/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("status", equalTo("404"));
        tenant.scim().get("/Users/{id}", "not-a-uuid").then().statusCode(404);
        tenant.scim().get("/Nothing").then().statusCode(404)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON));
    }

    @Test
    void meIsNotImplementedForOrganizationKeys() {
        Tenant tenant = newTenant(1);

        tenant.scim().get("/Me")
                .then().statusCode(501)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("status", equalTo("501"));
    }

    @Test
    void badPatchChangesNothing() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [
                           {"op": "replace", "path": "displayName", "value": "Changed"},
                           {"op": "replace", "path": "active", "value": 7}]}""")
                .patch("/Users/{id}", id)
                .then().statusCode(400)
                .body("scimType", equalTo("invalidValue"))
                .body("detail", containsString("active"));
        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "jump", "path": "active", "value": true}]}""")
                .patch("/Users/{id}", id)
                .then().statusCode(400)
                .body("scimType", equalTo("invalidSyntax"));

        tenant.scim().get("/Users/{id}", id).then()
                .body("displayName", equalTo("Ann Lee"))
                .body("meta.version", equalTo("W/\"0\""));
    }
}
