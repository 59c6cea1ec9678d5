package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cursor pagination (RFC 9865) walks every resource once, even while others are deleted. */
class CursorPagingIT {

    @Test
    void walkMissesNoneWhileEarlierUsersAreDeleted() {
        Tenant tenant = newTenant(20);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(createUser(tenant, uniqueEmail(), true));
        }

        List<String> walked = new ArrayList<>();
        JsonPath page = page(tenant, "");
        walked.addAll(page.getList("Resources.id"));
        tenant.scim().delete("/Users/{id}", created.get(0)).then().statusCode(204);
        tenant.scim().delete("/Users/{id}", created.get(1)).then().statusCode(204);
        while (page.getString("nextCursor") != null) {
            page = page(tenant, page.getString("nextCursor"));
            walked.addAll(page.getList("Resources.id"));
        }

        assertEquals(created, walked);
    }

    @Test
    void everyPageGivesTheTotalOfAllUsers() {
        Tenant tenant = newTenant(10);
        for (int i = 0; i < 5; i++) {
            createUser(tenant, uniqueEmail(), true);
        }

        List<Integer> totals = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            JsonPath page = page(tenant, cursor);
            totals.add(page.getInt("totalResults"));
            sizes.add(page.getInt("itemsPerPage"));
            cursor = page.getString("nextCursor");
        }

        assertEquals(List.of(5, 5), totals);
        assertEquals(List.of(3, 2), sizes);
    }

    @Test
    void lastPageHasNoNextCursor() {
        Tenant tenant = newTenant(5);
        createUser(tenant, uniqueEmail(), true);

        tenant.scim().queryParam("cursor", "").queryParam("count", 5)
                .get("/Users")
                .then().statusCode(200)
                .body("totalResults", equalTo(1))
                .body("itemsPerPage", equalTo(1))
                .body("$", not(hasKey("nextCursor")))
                .body("$", not(hasKey("startIndex")));
    }

    @Test
    void aCursorNotHandedOutIsInvalid() {
        Tenant tenant = newTenant(1);

        tenant.scim().queryParam("cursor", "not-a-cursor")
                .get("/Users")
                .then().statusCode(400)
                .body("scimType", equalTo("invalidCursor"));
        tenant.scim().queryParam("cursor", "").queryParam("startIndex", 2)
                .get("/Users")
                .then().statusCode(400)
                .body("scimType", equalTo("invalidValue"));
        tenant.scim().queryParam("cursor", "").queryParam("sortOrder", "descending")
                .get("/Users")
                .then().statusCode(400)
                .body("scimType", equalTo("invalidValue"));
    }

    private static JsonPath page(Tenant tenant, String cursor) {
        return tenant.scim().queryParam("cursor", cursor).queryParam("count", 3)
                .get("/Users")
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
