package io.seatkeeper.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /openapi} describes both applications in one document, with their credentials and
 * error bodies, and it and its UI answer without any credential.
 */
class OpenApiIT {

    private static RequestSpecification server() {
        return given().baseUri(ServerUnderTest.baseUrl());
    }

    private static JsonPath document() {
        return server().accept("application/json").get("/openapi")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void bothApplicationsAreInOneDocument() {
        JsonPath document = document();

        for (String path : List.of("/scim/v2/Users", "/scim/v2/Users/{id}",
                "/scim/v2/Groups/{id}", "/scim/v2/Bulk", "/scim/v2/ServiceProviderConfig",
                "/api/v1/organizations", "/api/v1/organizations/{id}/api-keys",
                "/api/v1/licenses/verify")) {
            assertHas(document, "paths", path);
        }
    }

    @Test
    void bothBearerSchemesAreDeclared() {
        JsonPath document = document();

        for (String scheme : List.of("scimApiKey", "operatorToken")) {
            assertEquals("http",
                    document.getString("components.securitySchemes." + scheme + ".type"));
            assertEquals("bearer",
                    document.getString("components.securitySchemes." + scheme + ".scheme"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/scim/v2/Users, post, scimApiKey",
        "/scim/v2/Groups/{id}, patch, scimApiKey",
        "/api/v1/organizations, post, operatorToken",
        "/api/v1/organizations/{id}/licenses, get, operatorToken"
    })
    void eachOperationNamesItsCredentialAndErrors(String path, String method, String scheme) {
        String operation = "paths['" + path + "']." + method;
        server().accept("application/json").get("/openapi")
                .then().statusCode(200)
                .body(operation + ".security[0]", hasKey(scheme))
                .body(operation + ".responses", hasKey("401"))
                .body(operation + ".responses", hasKey("400"));
    }

    @Test
    void errorsAreScimErrorsAndProblemDetails() {
        server().accept("application/json").get("/openapi")
                .then().statusCode(200)
                .body("paths['/scim/v2/Users/{id}'].get.responses['404'].$ref",
                        equalTo("#/components/responses/ScimError"))
                .body("components.responses.ScimError.content", hasKey("application/scim+json"))
                .body("components.schemas.ScimError.properties", hasKey("scimType"))
                .body("paths['/api/v1/organizations/{id}'].get.responses['404'].$ref",
                        equalTo("#/components/responses/Problem"))
                .body("components.responses.Problem.content", hasKey("application/problem+json"))
                .body("components.schemas.Problem.properties", hasKey("detail"));
    }

    @Test
    void theLicenseCheckNeedsNoCredential() {
        server().accept("application/json").get("/openapi")
                .then().statusCode(200)
                .body("paths['/api/v1/licenses/verify'].post.security", empty())
                .body("paths['/api/v1/licenses/verify'].post.responses", hasKey("200"));
    }

    @Test
    void createsAnswer201() {
        server().accept("application/json").get("/openapi")
                .then().statusCode(200)
                .body("paths['/scim/v2/Users'].post.responses", hasKey("201"))
                .body("paths['/scim/v2/Users'].post.requestBody.content",
                        hasKey("application/scim+json"))
                .body("paths['/api/v1/organizations'].post.responses", hasKey("201"));
    }

    @Test
    void theDocumentAndItsUiNeedNoCredential() {
        server().get("/openapi").then().statusCode(200)
                .body(containsString("openapi: 3."));
        server().redirects().follow(true).get("/openapi/ui/")
                .then().statusCode(200)
                .body(containsString("<html"));
    }

    @Test
    void theDocumentNamesTheService() {
        server().accept("application/json").get("/openapi")
                .then().body("info.title", equalTo("Seatkeeper"))
                .body("tags.name", hasItem("SCIM"))
                .body("info.version", notNullValue());
    }

    private static void assertHas(JsonPath document, String map, String key) {
        assertNotNull(document.getMap(map).get(key), map + " should have " + key);
    }
}
