package io.seatkeeper.it;

import static io.restassured.RestAssured.given;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The discovery endpoints (RFC 7644 §4) tell a client what the service offers. */
class DiscoveryIT {

    static final String CONFIG_SCHEMA =
            "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    static final String RESOURCE_TYPE_SCHEMA =
            "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    static final String ENTERPRISE_SCHEMA =
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

    @Test
    void serviceProviderConfigAdvertisesWhatTheServiceSupports() {
        Tenant tenant = newTenant(1);

        scimJson(tenant.scim().get("/ServiceProviderConfig").then().statusCode(200))
                .body("schemas", contains(CONFIG_SCHEMA))
                .body("patch.supported", equalTo(true))
                .body("bulk.supported", equalTo(true))
                .body("bulk.maxOperations", equalTo(1000))
                .body("bulk.maxPayloadSize", equalTo(1048576))
                .body("filter.supported", equalTo(true))
                .body("filter.maxResults", equalTo(100))
                .body("changePassword.supported", equalTo(false))
                .body("sort.supported", equalTo(true))
                .body("pagination.cursor", equalTo(true))
                .body("pagination.index", equalTo(true))
                .body("etag.supported", equalTo(true))
                .body("meta.resourceType", equalTo("ServiceProviderConfig"))
                .body("meta.location", equalTo(scimUrl("/ServiceProviderConfig")));
    }

    @Test
    void serviceProviderConfigNamesTheApiKeyAsBearerToken() {
        Tenant tenant = newTenant(1);

        tenant.scim().get("/ServiceProviderConfig").then().statusCode(200)
                .body("authenticationSchemes.size()", equalTo(1))
                .body("authenticationSchemes[0].type", equalTo("oauthbearertoken"))
                .body("authenticationSchemes[0].name", equalTo("Bearer token"))
                .body("authenticationSchemes[0].description",
                        containsString("Authorization: Bearer <key>"))
                .body("authenticationSchemes[0].primary", equalTo(true));
    }

    @Test
    void resourceTypesListUsersAndGroups() {
        Tenant tenant = newTenant(1);

        scimJson(tenant.scim().get("/ResourceTypes").then().statusCode(200))
                .body("schemas", contains(ServerUnderTest.LIST_SCHEMA))
                .body("totalResults", equalTo(2))
                .body("itemsPerPage", equalTo(2))
                .body("startIndex", equalTo(1))
                .body("Resources.name", contains("User", "Group"))
                .body("Resources.endpoint", contains("/Users", "/Groups"))
                .body("Resources.schema", contains(ServerUnderTest.USER_SCHEMA, GROUP_SCHEMA))
                .body("Resources.meta.resourceType", contains("ResourceType", "ResourceType"))
                .body("Resources[1]", not(hasKey("schemaExtensions")));
    }

    @Test
    void userResourceTypeMayCarryTheEnterpriseExtension() {
        Tenant tenant = newTenant(1);

        scimJson(tenant.scim().get("/ResourceTypes/User").then().statusCode(200))
                .body("schemas", contains(RESOURCE_TYPE_SCHEMA))
                .body("id", equalTo("User"))
                .body("name", equalTo("User"))
                .body("endpoint", equalTo("/Users"))
                .body("description", not(equalTo("")))
                .body("schema", equalTo(ServerUnderTest.USER_SCHEMA))
                .body("schemaExtensions.size()", equalTo(1))
                .body("schemaExtensions[0].schema", equalTo(ENTERPRISE_SCHEMA))
                .body("schemaExtensions[0].required", equalTo(false))
                .body("meta.resourceType", equalTo("ResourceType"))
                .body("meta.location", equalTo(scimUrl("/ResourceTypes/User")));
    }

    @Test
    void schemasListUserEnterpriseUserAndGroup() {
        Tenant tenant = newTenant(1);

        scimJson(tenant.scim().get("/Schemas").then().statusCode(200))
                .body("schemas", contains(ServerUnderTest.LIST_SCHEMA))
                .body("totalResults", equalTo(3))
                .body("Resources.id",
                        contains(ServerUnderTest.USER_SCHEMA, ENTERPRISE_SCHEMA, GROUP_SCHEMA))
                .body("Resources.name", contains("User", "EnterpriseUser", "Group"))
                .body("Resources.meta.resourceType", contains("Schema", "Schema", "Schema"));
    }

    @Test
    void userSchemaDescribesUserNameAsUniqueAndCaseInsensitive() {
        Tenant tenant = newTenant(1);
        String userName = "attributes.find { it.name == 'userName' }";

        scimJson(tenant.scim().get("/Schemas/{id}", ServerUnderTest.USER_SCHEMA)
                .then().statusCode(200))
                .body("schemas", contains(SCHEMA_SCHEMA))
                .body("id", equalTo(ServerUnderTest.USER_SCHEMA))
                .body(userName + ".type", equalTo("string"))
                .body(userName + ".multiValued", equalTo(false))
                .body(userName + ".required", equalTo(true))
                .body(userName + ".caseExact", equalTo(false))
                .body(userName + ".mutability", equalTo("readWrite"))
                .body(userName + ".returned", equalTo("default"))
                .body(userName + ".uniqueness", equalTo("server"))
                .body("meta.resourceType", equalTo("Schema"))
                .body("meta.location", equalTo(scimUrl("/Schemas/" + ServerUnderTest.USER_SCHEMA)));
    }

    @Test
    void userSchemaDescribesSubAttributesAndCanonicalValues() {
        Tenant tenant = newTenant(1);
        String emails = "attributes.find { it.name == 'emails' }";

        tenant.scim().get("/Schemas/{id}", ServerUnderTest.USER_SCHEMA).then().statusCode(200)
                .body(emails + ".type", equalTo("complex"))
                .body(emails + ".multiValued", equalTo(true))
                .body(emails + ".subAttributes.name", hasItem("value"))
                .body(emails + ".subAttributes.find { it.name == 'type' }.canonicalValues",
                        contains("work", "home", "other"));
    }

    @Test
    void everyListedLocationLeadsBackToItsResource() {
        Tenant tenant = newTenant(1);

        for (String endpoint : List.of("/ResourceTypes", "/Schemas")) {
            JsonPath list = tenant.scim().get(endpoint).then().statusCode(200).extract().jsonPath();
            List<String> ids = list.getList("Resources.id");
            List<String> locations = list.getList("Resources.meta.location");
            for (int i = 0; i < ids.size(); i++) {
                given().urlEncodingEnabled(false)
                        .header("Authorization", "Bearer " + tenant.apiKey())
                        .get(locations.get(i))
                        .then().statusCode(200)
                        .body("id", equalTo(ids.get(i)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ResourceTypes/Device", "/Schemas/urn:example:params:Device",
        "/Schemas/User"})
    void unknownResourceTypeOrSchemaIsScimNotFound(String path) {
        Tenant tenant = newTenant(1);

        scimError(tenant.scim().get(path).then().statusCode(404), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ResourceTypes", "/Schemas"})
    void filtersAreRefusedRatherThanIgnored(String path) {
        Tenant tenant = newTenant(1);

        scimError(tenant.scim().queryParam("filter", "name eq \"User\"").get(path)
                .then().statusCode(403), 403);
    }

    @ParameterizedTest
    @CsvSource({"/ResourceTypes, 2", "/Schemas, 3"})
    void pagingParametersAreIgnored(String path, int all) {
        Tenant tenant = newTenant(1);

        tenant.scim().queryParam("startIndex", 2).queryParam("count", 1).get(path)
                .then().statusCode(200)
                .body("startIndex", equalTo(1))
                .body("totalResults", equalTo(all))
                .body("itemsPerPage", equalTo(all));
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /ServiceProviderConfig",
        "PUT, /ServiceProviderConfig",
        "PATCH, /ServiceProviderConfig",
        "DELETE, /ServiceProviderConfig",
        "POST, /ResourceTypes",
        "PUT, /ResourceTypes/User",
        "POST, /Schemas",
        "DELETE, /Schemas/urn:ietf:params:scim:schemas:core:2.0:User"
    })
    void discoveryIsReadOnly(String method, String path) {
        Tenant tenant = newTenant(1);

        scimError(tenant.scim().body("{}").request(method, path).then().statusCode(405), 405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ServiceProviderConfig", "/ResourceTypes", "/Schemas",
        "/ResourceTypes/User"})
    void withoutAKeyNothingIsDiscovered(String path) {
        scimError(given().baseUri(ServerUnderTest.baseUrl()).basePath("/scim/v2")
                .get(path).then().statusCode(401), 401);
    }

    private static ValidatableResponse scimJson(ValidatableResponse response) {
        return response
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .contentType(containsStringIgnoringCase("charset=utf-8"));
    }

    private static ValidatableResponse scimError(ValidatableResponse response, int status) {
        return scimJson(response)
                .body("schemas", contains(ServerUnderTest.ERROR_SCHEMA))
                .body("status", equalTo(String.valueOf(status)))
                .body("detail", not(equalTo("")));
    }

    private static String scimUrl(String path) {
        return ServerUnderTest.baseUrl() + "/scim/v2" + path;
    }
}
