package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import org.junit.jupiter.api.Test;

/** Versions, ETags and conditional requests (RFC 7644 §3.14). */
class VersioningIT {

    @Test
    void getWithTheCurrentVersionIsNotModified() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);
        String etag = tenant.scim().get("/Users/{id}", id).then().extract().header("ETag");

        tenant.scim().header("If-None-Match", etag)
                .get("/Users/{id}", id)
                .then().statusCode(304).header("ETag", equalTo(etag));
        tenant.scim().header("If-None-Match", "W/\"999\"")
                .get("/Users/{id}", id)
                .then().statusCode(200);
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);
        String first = tenant.scim().get("/Users/{id}", id).then().extract().header("ETag");
        String second = tenant.scim().header("If-Match", first).body(activeBody(false))
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .extract().header("ETag");

        tenant.scim().header("If-Match", first).body(activeBody(true))
                .patch("/Users/{id}", id)
                .then().statusCode(412)
                .body("status", equalTo("412"));
        tenant.scim().header("If-Match", first).delete("/Users/{id}", id)
                .then().statusCode(412);

        tenant.scim().get("/Users/{id}", id)
                .then().statusCode(200)
                .body("active", is(false))
                .body("meta.version", equalTo(second));
    }

    @Test
    void everyChangeMovesTheVersion() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);
        String before = tenant.scim().get("/Users/{id}", id).then().extract().header("ETag");

        String after = tenant.scim().body(activeBody(false))
                .patch("/Users/{id}", id)
                .then().extract().header("ETag");

        assertEquals(false, before.equals(after), before + " then " + after);
        tenant.scim().header("If-Match", after).delete("/Users/{id}", id)
                .then().statusCode(204);
    }
}
