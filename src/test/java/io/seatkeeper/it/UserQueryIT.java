package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Listing and filtering users: import paging and the filters IdPs send. */
class UserQueryIT {

    @Test
    void importWalksEveryUserOnceInStablePages() {
        Tenant tenant = newTenant(10);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createUser(tenant, uniqueEmail(), true));
        }

        List<String> walked = new ArrayList<>();
        for (int start = 1; start <= 5; start += 2) {
            List<String> page = tenant.scim()
                    .queryParam("startIndex", start).queryParam("count", 2)
                    .get("/Users")
                    .then().statusCode(200)
                    .body("totalResults", equalTo(5))
                    .body("startIndex", equalTo(start))
                    .body("itemsPerPage", equalTo(start == 5 ? 1 : 2))
                    .extract().path("Resources.id");
            walked.addAll(page);
        }

        assertEquals(created, walked);
    }

    @Test
    void countZeroReturnsOnlyTheTotal() {
        Tenant tenant = newTenant(10);
        createUser(tenant, uniqueEmail(), true);
        createUser(tenant, uniqueEmail(), true);

        tenant.scim().queryParam("count", 0)
                .get("/Users")
                .then().statusCode(200)
                .body("totalResults", equalTo(2))
                .body("itemsPerPage", equalTo(0))
                .body("Resources.size()", equalTo(0));
    }

    @Test
    void outOfRangePagingIsReadForgivingly() {
        Tenant tenant = newTenant(10);
        createUser(tenant, uniqueEmail(), true);

        tenant.scim().queryParam("startIndex", -4).queryParam("count", 1000)
                .get("/Users")
                .then().statusCode(200)
                .body("startIndex", equalTo(1))
                .body("itemsPerPage", equalTo(1));
        tenant.scim().queryParam("count", -1)
                .get("/Users")
                .then().statusCode(200)
                .body("itemsPerPage", equalTo(0))
                .body("totalResults", equalTo(1));
        tenant.scim().queryParam("startIndex", 50)
                .get("/Users")
                .then().statusCode(200)
                .body("totalResults", equalTo(1))
                .body("itemsPerPage", equalTo(0));
    }

    @Test
    void totalResultsCountsEveryMatchWhereverThePageFalls() {
        Tenant tenant = newTenant(10);
        for (int i = 0; i < 3; i++) {
            createUser(tenant, "match-" + uniqueEmail(), true);
        }
        createUser(tenant, uniqueEmail(), true);
        String matches = "userName sw \"match-\"";

        // A full first page, a page that ends the list, one past it, and no match at all.
        assertEquals(List.of(3, 2), totalAndItems(tenant, matches, 1, 2));
        assertEquals(List.of(3, 2), totalAndItems(tenant, matches, 2, 10));
        assertEquals(List.of(3, 1), totalAndItems(tenant, matches, 3, 1));
        assertEquals(List.of(3, 0), totalAndItems(tenant, matches, 4, 10));
        assertEquals(List.of(0, 0), totalAndItems(tenant, "userName sw \"nobody-\"", 1, 10));
        assertEquals(List.of(0, 0), totalAndItems(tenant, "userName sw \"nobody-\"", 3, 10));
        assertEquals(List.of(4, 4), totalAndItems(tenant, null, 1, 100));
    }

    @Test
    void filtersByExternalIdIdAndEmail() {
        Tenant tenant = newTenant(10);
        String email = uniqueEmail();
        String id = createUser(tenant, email, true);
        createUser(tenant, uniqueEmail(), true);
        String externalId = tenant.scim().get("/Users/{id}", id).then().extract()
                .path("externalId");

        assertEquals(List.of(id), idsMatching(tenant, "externalId eq \"" + externalId + "\""));
        assertEquals(List.of(id), idsMatching(tenant, "id eq \"" + id + "\""));
        assertEquals(List.of(id), idsMatching(tenant, "emails.value eq \"" + email + "\""));
        assertEquals(List.of(id), idsMatching(tenant,
                "emails[type eq \"work\" and value eq \"" + email.toUpperCase() + "\"]"));
        assertEquals(List.of(), idsMatching(tenant, "id eq \"not-a-uuid\""));
    }

    @Test
    void combinesConditionsWithAndAndOr() {
        Tenant tenant = newTenant(10);
        String first = uniqueEmail();
        String second = uniqueEmail();
        String firstId = createUser(tenant, first, true);
        String secondId = createUser(tenant, second, false);
        createUser(tenant, uniqueEmail(), true);

        assertEquals(new HashSet<>(List.of(firstId, secondId)), new HashSet<>(idsMatching(tenant,
                "userName eq \"" + first + "\" or userName eq \"" + second + "\"")));
        assertEquals(List.of(secondId), idsMatching(tenant,
                "active eq false and userName sw \"" + second.substring(0, 12) + "\""));
        assertEquals(List.of(firstId), idsMatching(tenant,
                "userName eq \"" + first + "\" and not (active eq false)"));
    }

    @Test
    void notTakesInUsersWithoutTheAttribute() {
        Tenant tenant = newTenant(10);
        String cto = tenant.scim().body("""
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName": "%s", "title": "CTO",
                 "emails": [{"value": "%<s", "type": "work"}]}""".formatted(uniqueEmail()))
                .post("/Users").then().statusCode(201).extract().path("id");
        String untitled = createUser(tenant, uniqueEmail(), true);

        assertEquals(List.of(untitled), idsMatching(tenant, "not (title eq \"cto\")"));
        assertEquals(List.of(cto, untitled), idsMatching(tenant, "not (title eq \"ceo\")"));
        assertEquals(List.of(untitled), idsMatching(tenant, "not (title pr)"));
        assertEquals(idsMatching(tenant, "title ne \"cto\""),
                idsMatching(tenant, "not (title eq \"cto\")"));
        assertEquals(List.of(cto, untitled),
                idsMatching(tenant, "emails[not (display eq \"Work\")]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "userName eq",
        "userName equals \"a\"",
        "(userName eq \"a\"",
        "userName eq \"unterminated",
        "userName eq \"a\" and"
    })
    void unparsableFilterIsInvalidFilter(String filter) {
        Tenant tenant = newTenant(1);

        tenant.scim().queryParam("filter", filter)
                .get("/Users")
                .then().statusCode(400)
                .body("schemas[0]", equalTo(ServerUnderTest.ERROR_SCHEMA))
                .body("scimType", equalTo("invalidFilter"))
                .body("detail", containsString("position"));
    }

    @Test
    void unknownAttributeIsInvalidFilter() {
        Tenant tenant = newTenant(1);

        tenant.scim().queryParam("filter", "shoeSize eq \"9\"")
                .get("/Users")
                .then().statusCode(400)
                .body("scimType", equalTo("invalidFilter"))
                .body("detail", containsString("shoeSize"));
    }

    @Test
    void listedUsersCarryNoPassword() {
        Tenant tenant = newTenant(1);
        createUser(tenant, uniqueEmail(), true);

        tenant.scim().get("/Users")
                .then().statusCode(200)
                .body("Resources[0]", not(hasKey("password")));
    }

    private static List<Integer> totalAndItems(Tenant tenant, String filter, int startIndex,
            int count) {
        var request = tenant.scim().queryParam("startIndex", startIndex)
                .queryParam("count", count);
        if (filter != null) {
            request = request.queryParam("filter", filter);
        }
        JsonPath page = request.get("/Users").then().statusCode(200).extract().jsonPath();
        return List.of(page.getInt("totalResults"), page.getInt("itemsPerPage"));
    }

    private static List<String> idsMatching(Tenant tenant, String filter) {
        return tenant.scim().queryParam("filter", filter)
                .get("/Users")
                .then().statusCode(200)
                .extract().path("Resources.id");
    }
}
