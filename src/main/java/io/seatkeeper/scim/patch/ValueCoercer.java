package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.schema.AttributeDefinition;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks client values against an attribute's type (RFC 7643 §2.3) and rewrites them in the
 * schema's spelling: member names become the canonical sub-attribute names, boolean strings
 * become booleans. Unknown sub-attributes are dropped, as unknown attributes are. A JSON null
 * inside an object is kept, because in a merge it means "unassign" (RFC 7643 §2.5).
 */
final class ValueCoercer {

    private ValueCoercer() {
    }

    /** A value for the whole attribute: an array for multi-valued ones (one value is wrapped). */
    static JsonValue attributeValue(AttributeDefinition attribute, JsonValue value,
            String label) {
        if (JsonValues.isNull(value)) {
            return JsonValue.NULL;
        }
        if (!attribute.multiValued()) {
            return single(attribute, value, label);
        }
        return JsonValues.array(elements(attribute, value, label));
    }

    /** The values of a multi-valued attribute, with nulls inside objects removed. */
    static List<JsonValue> elements(AttributeDefinition attribute, JsonValue value,
            String label) {
        List<JsonValue> values = JsonValues.isArray(value) ? value.asJsonArray() : List.of(value);
        List<JsonValue> result = new ArrayList<>();
        for (JsonValue element : values) {
            if (JsonValues.isNull(element)) {
                throw invalid(label, "contains a null value");
            }
            result.add(withoutNulls(single(attribute, element, label)));
        }
        return result;
    }

    /** One value of the attribute's type; for complex attributes an object. */
    static JsonValue single(AttributeDefinition attribute, JsonValue value, String label) {
        if (JsonValues.isNull(value)) {
            return JsonValue.NULL;
        }
        return switch (attribute.type()) {
            case STRING, REFERENCE, BINARY -> text(value, label);
            case BOOLEAN -> bool(value, label);
            case INTEGER -> integer(value, label);
            case DECIMAL -> decimal(value, label);
            case DATE_TIME -> dateTime(value, label);
            case COMPLEX -> complex(attribute, value, label);
        };
    }

    /** An existing stored value with its member names put in the schema's spelling. */
    static JsonValue canonicalNames(AttributeDefinition attribute, JsonValue stored) {
        if (JsonValues.isNull(stored) || !attribute.isComplex()) {
            return stored;
        }
        if (JsonValues.isObject(stored)) {
            return renamed(attribute, stored.asJsonObject());
        }
        if (!JsonValues.isArray(stored)) {
            return stored;
        }
        List<JsonValue> elements = new ArrayList<>();
        for (JsonValue element : stored.asJsonArray()) {
            elements.add(JsonValues.isObject(element)
                    ? renamed(attribute, element.asJsonObject()) : element);
        }
        return JsonValues.array(elements);
    }

    static JsonValue withoutNulls(JsonValue value) {
        if (!JsonValues.isObject(value)) {
            return value;
        }
        Map<String, JsonValue> members = new LinkedHashMap<>(value.asJsonObject());
        members.values().removeIf(JsonValues::isNull);
        return JsonValues.object(members);
    }

    private static JsonObject renamed(AttributeDefinition attribute, JsonObject stored) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        stored.forEach((key, member) -> members.put(
                attribute.subAttribute(key).map(AttributeDefinition::name).orElse(key), member));
        return JsonValues.object(members);
    }

    private static JsonValue complex(AttributeDefinition attribute, JsonValue value,
            String label) {
        if (!JsonValues.isObject(value)) {
            throw invalid(label, "must be an object");
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        value.asJsonObject().forEach((key, member) -> {
            Optional<AttributeDefinition> sub = attribute.subAttribute(key);
            sub.ifPresent(definition -> members.put(definition.name(),
                    attributeValue(definition, member, label + "." + definition.name())));
        });
        return JsonValues.object(members);
    }

    private static JsonValue text(JsonValue value, String label) {
        if (!JsonValues.isString(value)) {
            throw invalid(label, "must be a string");
        }
        return value;
    }

    /** Entra ID's default mode sends booleans as "True" and "False", so strings are accepted. */
    private static JsonValue bool(JsonValue value, String label) {
        if (value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value;
        }
        String text = JsonValues.isString(value) ? ((JsonString) value).getString() : "";
        if (text.equalsIgnoreCase("true")) {
            return JsonValue.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return JsonValue.FALSE;
        }
        throw invalid(label, "must be a boolean");
    }

    private static JsonValue integer(JsonValue value, String label) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw invalid(label, "must be an integer");
        }
        return value;
    }

    private static JsonValue decimal(JsonValue value, String label) {
        if (!(value instanceof JsonNumber)) {
            throw invalid(label, "must be a number");
        }
        return value;
    }

    private static JsonValue dateTime(JsonValue value, String label) {
        boolean valid = JsonValues.isString(value)
                && DateTimes.parse(((JsonString) value).getString()).isPresent();
        if (!valid) {
            throw invalid(label, "must be a dateTime string such as 2024-05-01T12:00:00Z");
        }
        return value;
    }

    private static ScimException invalid(String label, String problem) {
        return ScimException.badRequest(ScimType.INVALID_VALUE,
                "Attribute '" + label + "' " + problem);
    }
}
