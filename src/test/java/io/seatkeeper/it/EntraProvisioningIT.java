package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request shapes of Microsoft Entra ID, in its default and its compliant mode. */
class EntraProvisioningIT {

    @Test
    void entraCreatesAUserWithTheEnterpriseExtension() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "externalId": "jdoe", "userName": "%s", "active": true,
                         "displayName": "Jo Doe",
                         "emails": [{"primary": true, "type": "work", "value": "%s"}],
                         "meta": {"resourceType": "User"},
                         "name": {"formatted": "Jo Doe", "familyName": "Doe",
                                  "givenName": "Jo"},
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                           {"department": "Finance"}}""".formatted(email, email))
                .post("/Users")
                .then().statusCode(201)
                .body("externalId", equalTo("jdoe"))
                .body("schemas",
                        hasItem("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
    }

    @Test
    void defaultModeSendsBooleansAsStringsAndAddForSingularAttributes() {
        Tenant tenant = newTenant(5);
        String id = ServerUnderTest.createUser(tenant, uniqueEmail(), true);

        tenant.scim().body(patch("""
                        {"op": "Replace", "path": "active", "value": "False"},
                        {"op": "Add", "path": "displayName", "value": "Entra Name"},
                        {"op": "Add", "path": "title", "value": "Analyst"}"""))
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .body("active", is(false))
                .body("displayName", equalTo("Entra Name"))
                .body("title", equalTo("Analyst"));
    }

    @Test
    void compliantModeSendsPathlessValuesWithDottedNames() {
        Tenant tenant = newTenant(5);
        String id = ServerUnderTest.createUser(tenant, uniqueEmail(), true);

        tenant.scim().body(patch("""
                        {"op": "replace", "value": {"name.givenName": "Joanna",
                                                    "name.familyName": "Doe",
                                                    "active": false}}"""))
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .body("name.givenName", equalTo("Joanna"))
                .body("name.familyName", equalTo("Doe"))
                .body("active", is(false));
    }

    @Test
    void replacingTheWorkEmailCreatesItWhenThereIsNone() {
        Tenant tenant = newTenant(5);
        String id = tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                         "userName": "%s",
                         "emails": [{"type": "home", "value": "home@example.com"}]}"""
                        .formatted(uniqueEmail()))
                .post("/Users")
                .then().statusCode(201)
                .extract().path("id");

        tenant.scim().body(patch("""
                        {"op": "Replace", "path": "emails[type eq \\"work\\"].value",
                         "value": "work@example.com"}"""))
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .body("emails.type", equalTo(List.of("home", "work")))
                .body("emails.find { it.type == 'work' }.value", equalTo("work@example.com"));
    }

    @Test
    void readOnlyAttributeWithItsCurrentValueIsIgnoredAndWithAnotherRefused() {
        Tenant tenant = newTenant(5);
        String id = ServerUnderTest.createUser(tenant, uniqueEmail(), true);

        tenant.scim().body(patch("""
                        {"op": "replace", "value": {"id": "%s", "displayName": "Same id"}}"""
                        .formatted(id)))
                .patch("/Users/{id}", id)
                .then().statusCode(200).body("displayName", equalTo("Same id"));
        tenant.scim().body(patch("""
                        {"op": "replace", "path": "id", "value": "another-id"}"""))
                .patch("/Users/{id}", id)
                .then().statusCode(400).body("scimType", equalTo("mutability"));
    }

    private static String patch(String operations) {
        return """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [%s]}""".formatted(operations);
    }
}
