package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sorting (RFC 7644 §3.4.2.3), attribute selection (§3.4.2.5) and POST .search (§3.4.3). */
class SearchAndSortIT {

    @Test
    void sortsByAnAttributeInEitherOrder() {
        Tenant tenant = newTenant(10);
        String suffix = UUID.randomUUID() + "@example.com";
        for (String family : List.of("Mills", "avery", "Zane")) {
            tenant.scim().body(oktaCreateBody(family + suffix, "G", family, true))
                    .post("/Users").then().statusCode(201);
        }

        assertEquals(List.of("avery", "Mills", "Zane"), familyNames(tenant, "ascending"));
        assertEquals(List.of("Zane", "Mills", "avery"), familyNames(tenant, "descending"));
    }

    @Test
    void badSortParametersAreInvalidValues() {
        Tenant tenant = newTenant(1);

        tenant.scim().queryParam("sortBy", "shoeSize").get("/Users")
                .then().statusCode(400).body("scimType", equalTo("invalidValue"));
        tenant.scim().queryParam("sortBy", "userName").queryParam("sortOrder", "sideways")
                .get("/Users")
                .then().statusCode(400).body("scimType", equalTo("invalidValue"));
    }

    @Test
    void attributesAndExcludedAttributesShapeTheResources() {
        Tenant tenant = newTenant(1);
        String email = "select-" + UUID.randomUUID() + "@example.com";
        String id = ServerUnderTest.createUser(tenant, email, true);

        tenant.scim().queryParam("attributes", "userName,name.familyName")
                .get("/Users/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("userName", equalTo(email))
                .body("name.familyName", equalTo("Lee"))
                .body("name", not(hasKey("givenName")))
                .body("$", not(hasKey("emails")))
                .body("$", not(hasKey("meta")));
        tenant.scim().queryParam("excludedAttributes", "emails,meta")
                .get("/Users/{id}", id)
                .then().statusCode(200)
                .body("$", not(hasKey("emails")))
                .body("$", not(hasKey("meta")))
                .body("name.givenName", equalTo("Ann"));
    }

    @Test
    void searchByPostAnswersLikeAGet() {
        Tenant tenant = newTenant(5);
        String email = "search-" + UUID.randomUUID() + "@example.com";
        String id = ServerUnderTest.createUser(tenant, email, true);
        ServerUnderTest.createUser(tenant, "other-" + UUID.randomUUID() + "@example.com", true);

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                         "attributes": ["userName"],
                         "filter": "userName eq \\"%s\\"",
                         "startIndex": 1, "count": 10}""".formatted(email))
                .post("/Users/.search")
                .then().statusCode(200)
                .body("totalResults", equalTo(1))
                .body("Resources[0].id", equalTo(id))
                .body("Resources[0]", not(hasKey("emails")));
    }

    @Test
    void rootSearchFindsUsersAndGroups() {
        Tenant tenant = newTenant(5);
        ServerUnderTest.createUser(tenant, "root-" + UUID.randomUUID() + "@example.com", true);
        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                         "displayName": "Root search group"}""")
                .post("/Groups").then().statusCode(201);

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                         "startIndex": 1, "count": 10}""")
                .post("/.search")
                .then().statusCode(200)
                .body("totalResults", equalTo(2))
                .body("Resources.meta.resourceType", equalTo(List.of("User", "Group")));
        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                         "filter": "displayName eq \\"Root search group\\""}""")
                .post("/.search")
                .then().statusCode(200)
                .body("totalResults", equalTo(1))
                .body("Resources[0].meta.resourceType", equalTo("Group"));
    }

    @Test
    void searchWithoutItsSchemaIsInvalidSyntax() {
        Tenant tenant = newTenant(1);

        tenant.scim().body("{\"filter\": \"userName pr\"}")
                .post("/Users/.search")
                .then().statusCode(400).body("scimType", equalTo("invalidSyntax"));
    }

    private static List<String> familyNames(Tenant tenant, String order) {
        return tenant.scim().queryParam("sortBy", "name.familyName")
                .queryParam("sortOrder", order)
                .get("/Users")
                .then().statusCode(200)
                .extract().path("Resources.name.familyName");
    }
}
