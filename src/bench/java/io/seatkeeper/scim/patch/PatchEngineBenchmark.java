package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.ScimJson;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The PATCH engine on a typical stored user: Okta's deactivation, and Entra's several
 * operations with a filtered path and the enterprise extension. Each benchmark reads the
 * request body too, with {@code ScimJson} as the server does for every PATCH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PatchEngineBenchmark {

    private static final PatchEngine USERS =
            new PatchEngine(ScimSchemas.USER, List.of(ScimSchemas.ENTERPRISE_USER));

    /** A user as Okta provisions it, with the enterprise extension and an Okta id. */
    private static final String USER = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "id":"2819c223-7f76-453a-919d-413861904646","externalId":"00u1abcd",
             "userName":"ada.lovelace@example.com","active":true,"title":"Engineer",
             "name":{"givenName":"Ada","familyName":"Lovelace"},"displayName":"Ada Lovelace",
             "emails":[{"value":"ada.lovelace@example.com","type":"work","primary":true}],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                 {"employeeNumber":"1815","department":"Analytical Engines"},
             "meta":{"resourceType":"User","version":"W/\\"3\\"",
                     "created":"2024-01-01T00:00:00Z","lastModified":"2024-02-01T00:00:00Z",
                     "location":"https://seatkeeper.test/scim/v2/Users/2819c223"}}
            """;

    private static final String OKTA_DEACTIVATE = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","value":{"active":false}}]}
            """;

    private static final String ENTRA_UPDATE = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[
              {"op":"Replace","path":"emails[type eq \\"work\\"].value",
               "value":"ada@example.org"},
              {"op":"Add","path":"name.givenName","value":"Augusta Ada"},
              {"op":"Replace","path":"active","value":"False"},
              {"op":"Add","value":{
               "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"R&D",
               "title":"Analyst"}}]}
            """;

    private JsonObject user;

    @Setup
    public void readUser() {
        user = json(USER);
    }

    @Benchmark
    public JsonObject oktaDeactivate() {
        return USERS.apply(user, PatchRequest.parse(body(OKTA_DEACTIVATE)));
    }

    @Benchmark
    public JsonObject entraUpdate() {
        return USERS.apply(user, PatchRequest.parse(body(ENTRA_UPDATE)));
    }

    /** A request body, read as the server reads it. */
    private static JsonObject body(String text) {
        return ScimJson.parseObject(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
