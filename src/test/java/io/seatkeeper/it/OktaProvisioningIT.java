package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.LIST_SCHEMA;
import static io.seatkeeper.it.ServerUnderTest.USER_SCHEMA;
import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The requests Okta makes over the life of an assignment, in the shapes it sends them. */
@ExtendWith(MailServer.class)
class OktaProvisioningIT {

    private static final Pattern KEY = Pattern.compile("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");

    @Test
    void connectorTestGetsAListResponseWithNumbers() {
        Tenant tenant = newTenant(5);

        tenant.scim().queryParam("startIndex", 1).queryParam("count", 2)
                .get("/Users")
                .then().statusCode(200)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("schemas", hasItem(LIST_SCHEMA))
                .body("totalResults", equalTo(0))
                .body("startIndex", equalTo(1))
                .body("itemsPerPage", equalTo(0))
                .body("Resources.size()", equalTo(0));
    }

    @Test
    void assignedUserIsCreatedAndMailedALicenseKey(MailServer.Running mail)
            throws MessagingException {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();

        ExtractableResponse<Response> created = tenant.scim()
                .body(oktaCreateBody(email, "Ann", "Lee", true))
                .post("/Users")
                .then().statusCode(201)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .header("ETag", startsWith("W/"))
                .body("schemas", hasItem(USER_SCHEMA))
                .body("userName", equalTo(email))
                .body("name.givenName", equalTo("Ann"))
                .body("emails[0].value", equalTo(email))
                .body("active", is(true))
                .body("$", not(hasKey("password")))
                .body("meta.resourceType", equalTo("User"))
                .body("meta.created", notNullValue())
                .body("meta.lastModified", notNullValue())
                .body("meta.version", startsWith("W/"))
                .extract();
        String id = created.path("id");
        assertEquals(created.path("meta.location"), created.header("Location"));
        assertTrue(created.header("Location").endsWith("/scim/v2/Users/" + id));

        Message message = mail.awaitMails(email, 1).get(0);
        assertTrue(message.getSubject().contains("license key"), message.getSubject());
        String key = licenseKeyIn(MailServer.Running.body(message));
        assertEquals(List.of(Map.of("key", key, "userName", email, "userId", id,
                        "status", "ACTIVE")),
                licensesOf(tenant).stream().map(OktaProvisioningIT::withoutTimes).toList());
        verify(key).body("valid", is(true)).body("userName", equalTo(email));
    }

    @Test
    void createCheckFindsUserNameInAnyCase() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();
        String id = createUser(tenant, email, true);

        tenant.scim()
                .queryParam("filter", "userName eq \"" + email.toUpperCase() + "\"")
                .queryParam("startIndex", 1).queryParam("count", 100)
                .get("/Users")
                .then().statusCode(200)
                .body("totalResults", equalTo(1))
                .body("itemsPerPage", equalTo(1))
                .body("Resources[0].id", equalTo(id));
    }

    @Test
    void userNameTakenInAnotherCaseIsAConflict() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();
        createUser(tenant, email, true);

        tenant.scim().body(oktaCreateBody(email.toUpperCase(), "Bob", "Day", true))
                .post("/Users")
                .then().statusCode(409)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("schemas", hasItem(ServerUnderTest.ERROR_SCHEMA))
                .body("status", equalTo("409"))
                .body("scimType", equalTo("uniqueness"));
        tenant.scim().get("/Users").then().body("totalResults", equalTo(1));
        assertEquals(1, licensesOf(tenant).size());
    }

    @Test
    void profileUpdateByPutReplacesTheUser() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();
        String id = createUser(tenant, email, true);
        String body = oktaCreateBody(email, "Annie", "Lee-Smith", true)
                .replace("\"groups\": [],", "\"id\": \"" + id + "\",");

        tenant.scim().body(body)
                .put("/Users/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("name.givenName", equalTo("Annie"))
                .body("name.familyName", equalTo("Lee-Smith"))
                .body("displayName", equalTo("Annie Lee-Smith"))
                .body("meta.version", not(equalTo("W/\"0\"")));
        tenant.scim().get("/Users/{id}", id)
                .then().statusCode(200).body("name.givenName", equalTo("Annie"));
    }

    @Test
    void putNeverCreates() {
        Tenant tenant = newTenant(5);
        String missing = java.util.UUID.randomUUID().toString();

        tenant.scim().body(oktaCreateBody(uniqueEmail(), "A", "B", true))
                .put("/Users/{id}", missing)
                .then().statusCode(404)
                .body("schemas", hasItem(ServerUnderTest.ERROR_SCHEMA));
        tenant.scim().get("/Users").then().body("totalResults", equalTo(0));
    }

    @Test
    void deactivationStopsTheKeyAndTellsTheUser(MailServer.Running mail)
            throws MessagingException {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();
        String id = createUser(tenant, email, true);
        String key = licenseKeyIn(MailServer.Running.body(mail.awaitMails(email, 1).get(0)));

        tenant.scim().body(activeBody(false))
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .body("active", is(false));

        verify(key).body("valid", is(false)).body("$", not(hasKey("userName")));
        assertEquals("INACTIVE", licensesOf(tenant).get(0).get("status"));
        Message deactivation = mail.awaitMails(email, 2).get(1);
        assertTrue(deactivation.getSubject().contains("no longer works"));
        assertTrue(MailServer.Running.body(deactivation).contains(key));
        tenant.scim().get("/Users/{id}", id)
                .then().statusCode(200).body("active", is(false));
        tenant.scim().get("/Users")
                .then().body("Resources.active", everyItem(is(false)))
                .body("totalResults", equalTo(1));
    }

    @Test
    void reactivationGivesBackTheSameKey(MailServer.Running mail) throws MessagingException {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();
        String id = createUser(tenant, email, true);
        String key = licenseKeyIn(MailServer.Running.body(mail.awaitMails(email, 1).get(0)));
        tenant.scim().body(activeBody(false)).patch("/Users/{id}", id)
                .then().statusCode(200);

        tenant.scim().body(activeBody(true)).patch("/Users/{id}", id)
                .then().statusCode(200).body("active", is(true));

        verify(key).body("valid", is(true));
        List<Message> mails = mail.awaitMails(email, 3);
        assertTrue(MailServer.Running.body(mails.get(2)).contains(key));
        assertEquals(1, licensesOf(tenant).size());
        admin().get("/organizations/{id}", tenant.organizationId())
                .then().body("activeLicenses", equalTo(1));
    }

    @Test
    void patchWithPathsChangesProfileAttributes() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);
        String body = """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [
                   {"op": "replace", "path": "displayName", "value": "Dr. Ann"},
                   {"op": "replace", "path": "name.givenName", "value": "Annabel"},
                   {"op": "replace", "path": "emails[type eq \\"work\\"].value",
                    "value": "annabel@example.com"}
                 ]}""";

        tenant.scim().body(body)
                .patch("/Users/{id}", id)
                .then().statusCode(200)
                .body("displayName", equalTo("Dr. Ann"))
                .body("name.givenName", equalTo("Annabel"))
                .body("name.familyName", equalTo("Lee"))
                .body("emails[0].value", equalTo("annabel@example.com"))
                .body("active", is(true));
    }

    @Test
    void patchOfActiveByPathDeactivates() {
        Tenant tenant = newTenant(5);
        String id = createUser(tenant, uniqueEmail(), true);

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "replace", "path": "active", "value": false}]}""")
                .patch("/Users/{id}", id)
                .then().statusCode(200).body("active", is(false));

        assertEquals("INACTIVE", licensesOf(tenant).get(0).get("status"));
    }

    @Test
    void deletedUserIsGoneAndItsKeyStopsWorking(MailServer.Running mail)
            throws MessagingException {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();
        String id = createUser(tenant, email, true);
        String key = licenseKeyIn(MailServer.Running.body(mail.awaitMails(email, 1).get(0)));

        tenant.scim().delete("/Users/{id}", id).then().statusCode(204);

        tenant.scim().get("/Users/{id}", id).then().statusCode(404)
                .body("status", equalTo("404"));
        tenant.scim().delete("/Users/{id}", id).then().statusCode(404);
        verify(key).body("valid", is(false));
        assertEquals("INACTIVE", licensesOf(tenant).get(0).get("status"));
        mail.awaitMails(email, 2);
    }

    @Test
    void userProvisionedInactiveGetsNoLicense() {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();

        createUser(tenant, email, false);

        assertEquals(List.of(), licensesOf(tenant));
        admin().get("/organizations/{id}/notifications", tenant.organizationId())
                .then().body("size()", equalTo(0));
    }

    @Test
    void notificationsListShowsDeliveredMail(MailServer.Running mail) {
        Tenant tenant = newTenant(5);
        String email = uniqueEmail();
        createUser(tenant, email, true);
        mail.awaitMails(email, 1);

        org.awaitility.Awaitility.await().until(() -> "SENT".equals(admin()
                .get("/organizations/{id}/notifications", tenant.organizationId())
                .then().extract().path("[0].status")));
        admin().get("/organizations/{id}/notifications", tenant.organizationId())
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].recipient", equalTo(email))
                .body("[0].subject", containsString("license key"))
                .body("[0].attempts", instanceOf(Integer.class));
    }

    static String licenseKeyIn(String mailBody) {
        Matcher matcher = KEY.matcher(mailBody);
        assertTrue(matcher.find(), "no license key in: " + mailBody);
        return matcher.group();
    }

    static List<Map<String, Object>> licensesOf(Tenant tenant) {
        return admin().get("/organizations/{id}/licenses", tenant.organizationId())
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static Map<String, Object> withoutTimes(Map<String, Object> license) {
        return Map.of("key", license.get("key"), "userName", license.get("userName"),
                "userId", license.get("userId"), "status", license.get("status"));
    }

    static io.restassured.response.ValidatableResponse verify(String key) {
        return io.restassured.RestAssured.given().baseUri(ServerUnderTest.baseUrl())
                .contentType("application/json")
                .body(Map.of("key", key))
                .post("/api/v1/licenses/verify")
                .then().statusCode(200);
    }
}
