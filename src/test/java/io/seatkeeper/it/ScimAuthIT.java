package io.seatkeeper.it;

import static io.restassured.RestAssured.given;
import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.scim;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only a live API key of an organization with SCIM enabled gets in. */
class ScimAuthIT {

    @Test
    void missingKeyIsRefusedWithAScimError() {
        given().baseUri(ServerUnderTest.baseUrl())
                .get("/scim/v2/Users")
                .then().statusCode(401)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("schemas", hasItem(ServerUnderTest.ERROR_SCHEMA))
                .body("status", equalTo("401"));
    }

    @Test
    void unknownKeyIsRefused() {
        scim("skscim_notarealkeynotarealkeynotarealkeynotareal")
                .get("/Users").then().statusCode(401);
        scim(ServerUnderTest.operatorToken()).get("/Users").then().statusCode(401);
    }

    @Test
    void unknownPathsAreNotRevealedWithoutAKey() {
        given().baseUri(ServerUnderTest.baseUrl())
                .get("/scim/v2/NoSuchThing")
                .then().statusCode(401);
    }

    @Test
    void revokedKeyStopsWorkingAtOnceWhileItsSuccessorWorks() {
        Tenant tenant = newTenant(1);
        String successor = admin().post("/organizations/{id}/api-keys", tenant.organizationId())
                .then().statusCode(201).extract().path("token");
        String oldKeyId = admin().get("/organizations/{id}/api-keys", tenant.organizationId())
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("token")))
                .extract().path("[0].id");
        tenant.scim().get("/Users").then().statusCode(200);

        admin().delete("/organizations/{id}/api-keys/{key}", tenant.organizationId(), oldKeyId)
                .then().statusCode(204);

        tenant.scim().get("/Users").then().statusCode(401);
        scim(successor).get("/Users").then().statusCode(200);
        admin().get("/organizations/{id}/api-keys", tenant.organizationId())
                .then().body("size()", equalTo(1))
                .body("[0].lastUsedAt", notNullValue());
    }

    @Test
    void disabledScimRefusesEvenALiveKey() {
        Tenant tenant = newTenant(1);

        admin().body(Map.of("enabled", false))
                .put("/organizations/{id}/scim", tenant.organizationId())
                .then().statusCode(200).body("scimEnabled", equalTo(false));

        tenant.scim().get("/Users").then().statusCode(401);
    }
}
