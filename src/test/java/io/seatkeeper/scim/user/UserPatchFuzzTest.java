package io.seatkeeper.scim.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimJson;
import io.seatkeeper.scim.StrictAttributes;
import io.seatkeeper.scim.patch.PatchEngine;
import io.seatkeeper.scim.patch.PatchOperation;
import io.seatkeeper.scim.patch.PatchRequest;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;

/**
 * Fuzzes a user PATCH body along the server's own path: the body is read as JSON, then as
 * PATCH operations, which are checked as a strict organization would and applied to a user,
 * whose patched representation is read back as the user to store. Every refusal must be a
 * {@link ScimException} with a 4xx status; any other exception fails the test. A patch that
 * applies must leave the read-only attributes (id, meta, groups) as they were and keep the
 * core schema listed.
 *
 * <p>Without JAZZER_FUZZ set this replays the inputs under {@code UserPatchFuzzTestInputs}
 * in the test resources; README.md, "Fuzzing", says how to fuzz it.
 */
class UserPatchFuzzTest {

    private static final PatchEngine ENGINE =
            new PatchEngine(ScimSchemas.USER, List.of(ScimSchemas.ENTERPRISE_USER));

    /** A user as {@link UserRepresentation#toJson} writes one, with every kind of member. */
    private static final JsonObject USER = Json.createReader(new StringReader("""
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "id": "6f1c1a52-3c1e-4d8e-9f2a-0d5c6b7a8e91",
             "externalId": "ext-1",
             "userName": "ada@example.com",
             "name": {"givenName": "Ada", "familyName": "Lovelace"},
             "displayName": "Ada Lovelace",
             "title": "Analyst",
             "active": true,
             "emails": [{"value": "ada@example.com", "type": "work", "primary": true},
                        {"value": "ada@home.example", "type": "home", "primary": false}],
             "groups": [{"value": "0b8f3a3e-2d6c-4c39-a0c4-5b1f7f0e4d21",
                         "$ref": "https://seatkeeper.test/scim/v2/Groups/0b8f3a3e",
                         "display": "Engineers", "type": "direct"}],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                 "department": "Research", "manager": {"value": "m-1"}},
             "meta": {"resourceType": "User", "created": "2024-01-01T00:00:00Z",
                      "lastModified": "2024-01-02T00:00:00Z",
                      "location": "https://seatkeeper.test/scim/v2/Users/6f1c1a52",
                      "version": "W/\\"3\\""}}
            """)).readObject();

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "patch.dict")
    void patchAppliesOrIsRefused(byte[] body) {
        try {
            List<PatchOperation> operations = PatchRequest.parse(ScimJson.parseObject(body));
            checkStrictly(operations);
            JsonObject patched = ENGINE.apply(USER, operations);

            assertReadOnlyKept(patched);
            UserRepresentation.fromJson(patched, true);
        } catch (ScimException refused) {
            assertClientError(refused);
        }
    }

    /** Strict organizations check the operations first; others go on whatever it says. */
    private static void checkStrictly(List<PatchOperation> operations) {
        try {
            StrictAttributes.checkPatch(operations, StrictAttributes.USER);
        } catch (ScimException refused) {
            assertClientError(refused);
        }
    }

    private static void assertReadOnlyKept(JsonObject patched) {
        assertEquals(USER.get("id"), patched.get("id"));
        assertEquals(USER.get("meta"), patched.get("meta"));
        assertEquals(USER.get("groups"), patched.get("groups"));
        assertTrue(patched.getJsonArray("schemas").stream().anyMatch(schema ->
                schema instanceof JsonString name
                        && name.getString().equals(ScimSchemas.USER_ID)), patched::toString);
    }

    private static void assertClientError(ScimException refused) {
        assertTrue(refused.status() >= 400 && refused.status() < 500,
                () -> refused.status() + " " + refused.getMessage());
    }
}
