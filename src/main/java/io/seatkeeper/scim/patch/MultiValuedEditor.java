package io.seatkeeper.scim.patch;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.Operator;
import io.seatkeeper.scim.schema.AttributeDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Add, replace and remove on multi-valued attributes (RFC 7644 §3.5.2.1 to §3.5.2.3), with or
 * without a value filter and a sub-attribute. Every result goes through
 * {@link PrimaryValues#normalize} so that at most one value stays primary.
 */
final class MultiValuedEditor {

    private MultiValuedEditor() {
    }

    static JsonValue edit(Target target, Mode mode, JsonValue old, JsonValue value) {
        List<JsonValue> values = new ArrayList<>();
        if (JsonValues.isArray(old)) {
            values.addAll(old.asJsonArray());
        } else if (old != null) {
            values.add(old);
        }
        if (target.filter() == null && target.subAttribute() == null) {
            return editAll(target, mode, values, value);
        }
        return editMatching(target, mode, values, value);
    }

    private static JsonValue editAll(Target target, Mode mode, List<JsonValue> values,
            JsonValue value) {
        return switch (mode) {
            case ADD -> append(target, values, value);
            case REPLACE, REPLACE_WHOLE -> JsonValues.isNull(value) ? null
                    : result(target, ValueCoercer.elements(target.attribute(), value,
                            target.label()), null);
            case REMOVE -> value == null ? null : removeListed(target, values, value);
        };
    }

    /** Appends the given values, skipping any that an existing value already holds. */
    private static JsonValue append(Target target, List<JsonValue> values, JsonValue value) {
        AttributeDefinition attribute = target.attribute();
        Set<Integer> added = new HashSet<>();
        for (JsonValue element : ValueCoercer.elements(attribute, value, target.label())) {
            boolean present = values.stream()
                    .anyMatch(existing -> ComplexValues.holds(attribute, existing, element));
            if (!present) {
                values.add(element);
                added.add(values.size() - 1);
            }
        }
        return result(target, values, added);
    }

    /**
     * Entra ID removes members with {@code "value": [{"value": "id"}]}: only the listed values
     * go, matched on their {@code value} sub-attribute when they have one.
     */
    private static JsonValue removeListed(Target target, List<JsonValue> values,
            JsonValue value) {
        AttributeDefinition attribute = target.attribute();
        for (JsonValue listed : ValueCoercer.elements(attribute, value, target.label())) {
            values.removeIf(existing -> isListed(attribute, existing, listed));
        }
        return result(target, values, Set.of());
    }

    private static boolean isListed(AttributeDefinition attribute, JsonValue existing,
            JsonValue listed) {
        AttributeDefinition valueSub = attribute.subAttribute("value").orElse(null);
        boolean byValue = valueSub != null && JsonValues.isObject(listed)
                && JsonValues.isObject(existing) && listed.asJsonObject().containsKey("value");
        if (!byValue) {
            return ComplexValues.holds(attribute, existing, listed);
        }
        return ComplexValues.sameValue(valueSub, existing.asJsonObject().get("value"),
                listed.asJsonObject().get("value"));
    }

    private static JsonValue editMatching(Target target, Mode mode, List<JsonValue> values,
            JsonValue value) {
        List<Integer> matches = matches(target, values);
        if (mode == Mode.REMOVE) {
            return removeMatching(target, values, matches);
        }
        JsonObject sent = sentObject(target, value);
        if (matches.isEmpty()) {
            return create(target, mode, values, sent);
        }
        for (int index : matches) {
            values.set(index, orEmpty(ComplexValues.merge(target.attribute(),
                    values.get(index), sent, target.attribute().name())));
        }
        return result(target, values, new HashSet<>(matches));
    }

    /** Without a filter, a sub-attribute path such as {@code emails.display} targets all. */
    private static List<Integer> matches(Target target, List<JsonValue> values) {
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonValue element = values.get(i);
            boolean matched = JsonValues.isObject(element) && (target.filter() == null
                    || FilterEvaluator.matches(target.filter(), target.attribute(),
                            element.asJsonObject()));
            if (matched) {
                matches.add(i);
            }
        }
        return matches;
    }

    /** Drops matching values, or only their sub-attribute; no match is no change (§3.5.2.2). */
    private static JsonValue removeMatching(Target target, List<JsonValue> values,
            List<Integer> matches) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            int index = matches.get(i);
            if (target.subAttribute() == null) {
                values.remove(index);
            } else {
                JsonObject sent = JSON.createObjectBuilder()
                        .add(target.subAttribute().name(), JsonValue.NULL).build();
                values.set(index, orEmpty(ComplexValues.merge(target.attribute(),
                        values.get(index), sent, target.attribute().name())));
            }
        }
        return result(target, values, Set.of());
    }

    /**
     * Nothing matched. With a filter and a sub-attribute, Entra ID expects a new value built
     * from the filter's equality tests: {@code emails[type eq "work"].value} adds a work email.
     * An add of a whole value under a filter is read the same way; a replace of one is not,
     * since there is nothing to replace (RFC 7644 §3.5.2.3: noTarget).
     */
    private static JsonValue create(Target target, Mode mode, List<JsonValue> values,
            JsonObject sent) {
        boolean creates = target.filter() != null
                && (target.subAttribute() != null || mode == Mode.ADD);
        if (!creates) {
            throw ScimException.badRequest(ScimType.NO_TARGET,
                    "No value of '" + target.attribute().name() + "' matches the path");
        }
        Map<String, JsonValue> created = new LinkedHashMap<>();
        collectEqualities(target.filter(), target.attribute(), created);
        sent.forEach(created::put);
        values.add(ValueCoercer.withoutNulls(JsonValues.object(created)));
        return result(target, values, Set.of(values.size() - 1));
    }

    /** The {@code attr eq value} tests of a filter made only of them joined by {@code and}. */
    private static void collectEqualities(Filter filter, AttributeDefinition attribute,
            Map<String, JsonValue> created) {
        if (filter instanceof Filter.And and) {
            collectEqualities(and.left(), attribute, created);
            collectEqualities(and.right(), attribute, created);
        } else if (filter instanceof Filter.Comparison comparison
                && comparison.operator() == Operator.EQ && comparison.value() != null) {
            AttributeDefinition sub = FilterEvaluator.subAttribute(comparison.path(), attribute);
            created.put(sub.name(), ValueCoercer.single(sub, literal(comparison.value()),
                    attribute.name() + "." + sub.name()));
        }
    }

    private static JsonValue literal(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof BigDecimal number) {
            return JSON.createValue(number);
        }
        return JSON.createValue(value.toString());
    }

    /** The sub-attributes to merge into each matching value. */
    private static JsonObject sentObject(Target target, JsonValue value) {
        AttributeDefinition sub = target.subAttribute();
        if (sub != null) {
            return JSON.createObjectBuilder().add(sub.name(),
                    ValueCoercer.attributeValue(sub, value, target.label())).build();
        }
        return ValueCoercer.single(target.attribute(), value, target.label()).asJsonObject();
    }

    private static JsonValue orEmpty(JsonObject merged) {
        return merged == null ? JsonValue.EMPTY_JSON_OBJECT : merged;
    }

    /**
     * Drops emptied values, keeps one primary, and unassigns an attribute left empty.
     * {@code touched} are the indices the operation set; null means all of them.
     */
    private static JsonValue result(Target target, List<JsonValue> values,
            Set<Integer> touched) {
        List<JsonValue> kept = new ArrayList<>();
        Set<Integer> keptTouched = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            JsonValue element = values.get(i);
            if (JsonValues.isObject(element) && element.asJsonObject().isEmpty()) {
                continue;
            }
            if (touched == null || touched.contains(i)) {
                keptTouched.add(kept.size());
            }
            kept.add(element);
        }
        if (kept.isEmpty()) {
            return null;
        }
        return JsonValues.array(PrimaryValues.normalize(target.attribute(), kept, keptTouched));
    }
}
