package io.seatkeeper.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends every malformed or hostile request of the corpus in {@code bad-input/users.json}
 * and checks that each gets its SCIM error and leaves the organization exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIT {

    private Tenant tenant;
    private String userId;

    @BeforeAll
    void provisionOneUser() {
        tenant = ServerUnderTest.newTenant(5);
        userId = ServerUnderTest.createUser(tenant, ServerUnderTest.uniqueEmail(), true);
    }

    Stream<JsonObject> corpus() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/bad-input/users.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedWithAScimErrorAndNothingChanged(JsonObject request) {
        String before = snapshot();

        ValidatableResponse response = send(request)
                .then().statusCode(request.getInt("status"))
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("schemas", hasItem(ServerUnderTest.ERROR_SCHEMA))
                .body("status", equalTo(String.valueOf(request.getInt("status"))));
        if (!request.isNull("scimType")) {
            response.body("scimType", equalTo(request.getString("scimType")));
        }

        assertEquals(before, snapshot(), request.getString("name"));
    }

    private io.restassured.response.Response send(JsonObject request) {
        RequestSpecification spec = tenant.scim().urlEncodingEnabled(false);
        if (!request.isNull("body")) {
            spec = spec.body(expand(request.getString("body")));
        }
        String path = expand(request.getString("path"));
        switch (request.getString("method")) {
            case "POST":
                return spec.post(path);
            case "PUT":
                return spec.put(path);
            case "PATCH":
                return spec.patch(path);
            default:
                return spec.get(path);
        }
    }

    /** The corpus names some values instead of spelling them out. */
    private String expand(String text) {
        return text.replace("{user}", userId)
                .replace("LONG321", "u".repeat(321))
                .replace("LONG256", "d".repeat(256))
                .replace("DEEPFILTER", URLEncoder.encode("(".repeat(70) + "userName pr"
                        + ")".repeat(70), StandardCharsets.UTF_8));
    }

    /** Everything a failed request could have changed in the organization. */
    private String snapshot() {
        List<Object> users = tenant.scim().get("/Users").then().statusCode(200)
                .extract().path("Resources.meta.version");
        List<Object> groups = tenant.scim().get("/Groups").then().statusCode(200)
                .extract().path("Resources.meta.version");
        List<Object> licenses = ServerUnderTest.admin()
                .get("/organizations/{id}/licenses", tenant.organizationId())
                .then().extract().path("status");
        int mails = ServerUnderTest.admin()
                .get("/organizations/{id}/notifications", tenant.organizationId())
                .then().extract().path("size()");
        return users + " " + groups + " " + licenses + " " + mails;
    }
}
