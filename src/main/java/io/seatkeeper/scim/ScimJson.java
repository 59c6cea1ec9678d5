package io.seatkeeper.scim;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** Reading request bodies: anything but one JSON object is a SCIM invalidSyntax error. */
public final class ScimJson {

    private ScimJson() {
    }

    public static JsonObject parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The request has no body");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                        "The request body must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "The request body is not valid JSON" + where(e.getLocation()));
        } catch (JsonException e) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "The request body is not valid JSON");
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber()
                + ")";
    }

    /** A resource body must list its resource type's schema (RFC 7643 §3). */
    public static void requireSchema(JsonObject body, String schema) {
        JsonValue schemas = JsonFields.of(body).get("schemas");
        boolean listed = schemas != null && schemas.getValueType() == JsonValue.ValueType.ARRAY
                && schemas.asJsonArray().stream().anyMatch(value -> value instanceof JsonString s
                        && s.getString().equalsIgnoreCase(schema));
        if (!listed) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "'schemas' must list " + schema);
        }
    }
}
