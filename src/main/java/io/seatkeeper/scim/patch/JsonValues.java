package io.seatkeeper.scim.patch;

import static io.seatkeeper.scim.ScimJson.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small JSON-P helpers; attribute names are looked up without regard to case (RFC 7643 §2.1). */
final class JsonValues {

    private JsonValues() {
    }

    static Optional<String> findKey(Map<String, ? extends JsonValue> object, String name) {
        if (object.containsKey(name)) {
            return Optional.of(name);
        }
        return object.keySet().stream().filter(key -> key.equalsIgnoreCase(name)).findFirst();
    }

    /** The member with this name in any case, or null when absent. */
    static JsonValue get(Map<String, ? extends JsonValue> object, String name) {
        return findKey(object, name).map(object::get).orElse(null);
    }

    /** RFC 7643 §2.5: a JSON null is the same as no value at all. */
    static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    static boolean isObject(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT;
    }

    static boolean isArray(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.ARRAY;
    }

    static boolean isString(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.STRING;
    }

    static JsonObject object(Map<String, JsonValue> members) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        members.forEach(builder::add);
        return builder.build();
    }

    static JsonArray array(List<JsonValue> values) {
        JsonArrayBuilder builder = JSON.createArrayBuilder();
        values.forEach(builder::add);
        return builder.build();
    }
}
