package io.seatkeeper.scim;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The members of a JSON object looked up by SCIM attribute name, which is case-insensitive
 * (RFC 7643 §2.1), with type checks that fail as SCIM {@code invalidValue} errors naming the
 * attribute.
 */
public final class JsonFields {

    private final Map<String, JsonValue> byLowerName = new HashMap<>();
    private final String context;

    private JsonFields(JsonObject object, String context) {
        object.forEach((name, value) -> byLowerName.put(name.toLowerCase(Locale.ROOT), value));
        this.context = context;
    }

    public static JsonFields of(JsonObject object) {
        return new JsonFields(object, "");
    }

    /** {@code context} prefixes attribute names in errors, as in "name.givenName". */
    public static JsonFields of(JsonObject object, String context) {
        return new JsonFields(object, context + ".");
    }

    /** The value, or null when the member is absent or JSON null. */
    public JsonValue get(String name) {
        JsonValue value = byLowerName.get(name.toLowerCase(Locale.ROOT));
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    public String string(String name) {
        JsonValue value = get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return printable(name, text.getString());
        }
        throw wrongType(name, "a string");
    }

    /**
     * A boolean; the strings "true" and "false" in any case are accepted too, because
     * Microsoft Entra ID sends booleans that way.
     */
    public Boolean bool(String name) {
        JsonValue value = get(name);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonString text && (text.getString().equalsIgnoreCase("true")
                || text.getString().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text.getString().toLowerCase(Locale.ROOT));
        }
        throw wrongType(name, "a boolean");
    }

    public JsonObject object(String name) {
        JsonValue value = get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return value.asJsonObject();
        }
        throw wrongType(name, "an object");
    }

    public jakarta.json.JsonArray array(String name) {
        JsonValue value = get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray();
        }
        throw wrongType(name, "an array");
    }

    public boolean isNumber(String name) {
        return get(name) instanceof JsonNumber;
    }

    /**
     * Control characters and unpaired surrogates have no place in a name or address, and in
     * a mail header they would be dangerous: they are refused rather than stored.
     */
    private String printable(String name, String text) {
        boolean clean = text.codePoints().noneMatch(c -> Character.isISOControl(c)
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
        if (!clean) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "'" + context + name + "' contains control characters");
        }
        return text;
    }

    private ScimException wrongType(String name, String expected) {
        return ScimException.badRequest(ScimType.INVALID_VALUE,
                "'" + context + name + "' must be " + expected);
    }
}
