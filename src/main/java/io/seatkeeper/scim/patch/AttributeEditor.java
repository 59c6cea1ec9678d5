package io.seatkeeper.scim.patch;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.scim.schema.AttributeDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Computes an attribute's new value from its old one for one operation. Singular attributes
 * are handled here, multi-valued ones by {@link MultiValuedEditor}. Results are null when the
 * attribute ends up unassigned.
 */
final class AttributeEditor {

    private AttributeEditor() {
    }

    static JsonValue edit(Target target, Mode mode, JsonValue old, JsonValue value) {
        if (mode == Mode.ADD && JsonValues.isNull(value)) {
            return old;
        }
        if (target.attribute().multiValued()) {
            return MultiValuedEditor.edit(target, mode, old, value);
        }
        if (target.subAttribute() != null) {
            return editSubAttribute(target, mode, old, value);
        }
        return editSingular(target, mode, old, value);
    }

    /** Add on a singular attribute sets it like replace (RFC 7644 §3.5.2.1). */
    private static JsonValue editSingular(Target target, Mode mode, JsonValue old,
            JsonValue value) {
        AttributeDefinition attribute = target.attribute();
        if (mode == Mode.REMOVE) {
            return null;
        }
        JsonValue coerced = ValueCoercer.single(attribute, value, target.label());
        if (JsonValues.isNull(coerced)) {
            return null;
        }
        if (!attribute.isComplex()) {
            return coerced;
        }
        if (mode == Mode.REPLACE_WHOLE) {
            return ComplexValues.replace(attribute, old, coerced.asJsonObject(), target.label());
        }
        return ComplexValues.merge(attribute, old, coerced.asJsonObject(), target.label());
    }

    /** {@code name.givenName}: the other sub-attributes stay as they are. */
    private static JsonValue editSubAttribute(Target target, Mode mode, JsonValue old,
            JsonValue value) {
        AttributeDefinition sub = target.subAttribute();
        JsonValue subValue = mode == Mode.REMOVE ? JsonValue.NULL
                : ValueCoercer.attributeValue(sub, value, target.label());
        JsonObject sent = JSON.createObjectBuilder().add(sub.name(), subValue).build();
        return ComplexValues.merge(target.attribute(), old, sent, target.attribute().name());
    }
}
