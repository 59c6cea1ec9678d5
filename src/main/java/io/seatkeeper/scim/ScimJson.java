package io.seatkeeper.scim;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
}
