package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.schema.AttributeDefinition;
import io.seatkeeper.scim.schema.AttributeDefinition.Mutability;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Operations on the object value of a complex attribute: merging sent sub-attributes into it,
 * replacing it, and telling whether one value already holds another. Inputs are coerced values
 * with canonical member names; results are null when no sub-attribute is left (RFC 7643 §2.5).
 */
final class ComplexValues {

    private ComplexValues() {
    }

    /**
     * RFC 7644 §3.5.2.1 and §3.5.2.3: sent sub-attributes replace or add, the others stay. A
     * null sub-attribute unassigns it.
     */
    static JsonObject merge(AttributeDefinition attribute, JsonValue old, JsonObject sent,
            String label) {
        JsonObject before = asObject(old);
        Map<String, JsonValue> result = new LinkedHashMap<>(before);
        mergeInto(attribute, result, before, sent, label);
        return result.isEmpty() ? null : JsonValues.object(result);
    }

    /**
     * Replaces the whole value. Sub-attributes the client may not change (readOnly, immutable)
     * are kept unless sent, since they are the server's to maintain (RFC 7643 §2.2).
     */
    static JsonObject replace(AttributeDefinition attribute, JsonValue old, JsonObject sent,
            String label) {
        JsonObject before = asObject(old);
        Map<String, JsonValue> result = new LinkedHashMap<>();
        before.forEach((name, member) -> {
            boolean guarded = attribute.subAttribute(name)
                    .map(sub -> sub.mutability() == Mutability.READ_ONLY
                            || sub.mutability() == Mutability.IMMUTABLE)
                    .orElse(false);
            if (guarded) {
                result.put(name, member);
            }
        });
        mergeInto(attribute, result, before, sent, label);
        return result.isEmpty() ? null : JsonValues.object(result);
    }

    /**
     * Whether {@code candidate} adds nothing to {@code existing}: every sub-attribute it has is
     * there with the same value. So {@code {"value":"id"}} is already present in a member that
     * also carries {@code display} and {@code $ref}.
     */
    static boolean holds(AttributeDefinition attribute, JsonValue existing,
            JsonValue candidate) {
        if (!attribute.isComplex() || !JsonValues.isObject(existing)
                || !JsonValues.isObject(candidate)) {
            return sameValue(attribute, existing, candidate);
        }
        JsonObject present = existing.asJsonObject();
        return candidate.asJsonObject().entrySet().stream().allMatch(member -> attribute
                .subAttribute(member.getKey())
                .map(sub -> sameValue(sub, JsonValues.get(present, sub.name()),
                        member.getValue()))
                .orElse(false));
    }

    /** Equality that ignores case for strings of attributes that are not caseExact (§2.2). */
    static boolean sameValue(AttributeDefinition attribute, JsonValue left, JsonValue right) {
        if (left == null || right == null) {
            return left == right;
        }
        if (!attribute.caseExact() && JsonValues.isString(left) && JsonValues.isString(right)) {
            return ((JsonString) left).getString()
                    .equalsIgnoreCase(((JsonString) right).getString());
        }
        return left.equals(right);
    }

    private static void mergeInto(AttributeDefinition attribute, Map<String, JsonValue> result,
            JsonObject before, JsonObject sent, String label) {
        sent.forEach((name, member) -> {
            AttributeDefinition sub = attribute.subAttribute(name).orElseThrow();
            JsonValue after = JsonValues.isNull(member) ? null : member;
            MutabilityCheck.check(sub, JsonValues.get(before, sub.name()), after,
                    label + "." + sub.name());
            if (after == null) {
                result.remove(sub.name());
            } else {
                result.put(sub.name(), after);
            }
        });
    }

    private static JsonObject asObject(JsonValue value) {
        return JsonValues.isObject(value) ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
    }
}
