package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import org.junit.jupiter.api.Test;

/** One organization's key never reaches another organization's users. */
class TenantIsolationIT {

    @Test
    void anotherTenantsUserIsNotFoundAndUntouched() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String email = uniqueEmail();
        String id = createUser(owner, email, true);

        stranger.scim().get("/Users/{id}", id).then().statusCode(404);
        stranger.scim().body(oktaCreateBody(email, "Eve", "Il", false))
                .put("/Users/{id}", id).then().statusCode(404);
        stranger.scim().body(activeBody(false))
                .patch("/Users/{id}", id).then().statusCode(404);
        stranger.scim().delete("/Users/{id}", id).then().statusCode(404);

        owner.scim().get("/Users/{id}", id)
                .then().statusCode(200)
                .body("active", is(true))
                .body("name.givenName", equalTo("Ann"));
    }

    @Test
    void listsAndFiltersSeeOnlyTheirOwnTenant() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String email = uniqueEmail();
        createUser(owner, email, true);

        stranger.scim().get("/Users").then().body("totalResults", equalTo(0));
        stranger.scim().queryParam("filter", "userName eq \"" + email + "\"")
                .get("/Users").then().body("totalResults", equalTo(0));
    }

    @Test
    void theSameUserNameMayExistInTwoTenants() {
        Tenant first = newTenant(5);
        Tenant second = newTenant(5);
        String email = uniqueEmail();

        createUser(first, email, true);
        createUser(second, email, true);

        first.scim().get("/Users").then().body("totalResults", equalTo(1));
        second.scim().get("/Users").then().body("totalResults", equalTo(1));
    }
}
