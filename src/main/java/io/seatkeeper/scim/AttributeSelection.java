package io.seatkeeper.scim;

import static io.seatkeeper.scim.ScimJson.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code attributes} and {@code excludedAttributes} of a request (RFC 7644 §3.4.2.5):
 * which attributes a response carries. {@code id} and {@code schemas} are always returned
 * (RFC 7643 §3.1). Names are case-insensitive and may be qualified with their schema URN.
 */
public final class AttributeSelection {

    /** One requested name: an attribute of the core schema or of an extension. */
    private record Name(String schema, String attribute, String subAttribute) {
    }

    public static final AttributeSelection ALL = new AttributeSelection(List.of(), false);

    private final List<Name> names;
    /** True for {@code attributes} (return only these), false for {@code excludedAttributes}. */
    private final boolean only;

    private AttributeSelection(List<Name> names, boolean only) {
        this.names = names;
        this.only = only;
    }

    /**
     * @param coreSchema the resource's core schema URN, which qualified names may carry
     * @param extensions the URNs of its schema extensions, each of which may be named whole
     * @throws ScimException 400 invalidSyntax when both parameters are given
     */
    public static AttributeSelection of(String attributes, String excludedAttributes,
            String coreSchema, List<String> extensions) {
        boolean hasOnly = attributes != null && !attributes.isBlank();
        boolean hasExcluded = excludedAttributes != null && !excludedAttributes.isBlank();
        if (hasOnly && hasExcluded) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "Give either attributes or excludedAttributes, not both");
        }
        if (!hasOnly && !hasExcluded) {
            return ALL;
        }
        List<Name> names = parse(hasOnly ? attributes : excludedAttributes, coreSchema,
                extensions);
        return names.isEmpty() ? ALL : new AttributeSelection(names, hasOnly);
    }

    /** Whether the response carries the core attribute at all: to skip loading it if not. */
    public boolean includes(String attribute) {
        String wanted = attribute.toLowerCase(Locale.ROOT);
        boolean named = names.stream()
                .anyMatch(n -> n.schema() == null && n.attribute().equals(wanted)
                        && (only || n.subAttribute() == null));
        return only ? named : !named;
    }

    /** The resource with only the selected attributes. */
    public JsonObject apply(JsonObject resource) {
        if (names.isEmpty()) {
            return resource;
        }
        JsonObjectBuilder selected = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : resource.entrySet()) {
            String key = member.getKey();
            if (key.equals("schemas") || key.equals("id")) {
                selected.add(key, member.getValue());
            } else if (key.toLowerCase(Locale.ROOT).startsWith("urn:")
                    && member.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject extension = select(key.toLowerCase(Locale.ROOT),
                        member.getValue().asJsonObject());
                if (!extension.isEmpty()) {
                    selected.add(key, extension);
                }
            } else {
                selectAttribute(null, key, member.getValue(), selected);
            }
        }
        return selected.build();
    }

    private JsonObject select(String schema, JsonObject attributes) {
        boolean wholeSchema = names.stream().anyMatch(n -> n.schema() == null
                && n.attribute().equals(schema));
        if (wholeSchema) {
            return only ? attributes : JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObjectBuilder selected = JSON.createObjectBuilder();
        attributes.forEach((key, value) -> selectAttribute(schema, key, value, selected));
        return selected.build();
    }

    private void selectAttribute(String schema, String key, JsonValue value,
            JsonObjectBuilder selected) {
        String attribute = key.toLowerCase(Locale.ROOT);
        List<String> subs = new ArrayList<>();
        boolean whole = false;
        for (Name name : names) {
            if (Objects.equals(name.schema(), schema)
                    && name.attribute().equals(attribute)) {
                if (name.subAttribute() == null) {
                    whole = true;
                } else {
                    subs.add(name.subAttribute());
                }
            }
        }
        if (whole) {
            if (only) {
                selected.add(key, value);
            }
        } else if (subs.isEmpty()) {
            if (!only) {
                selected.add(key, value);
            }
        } else {
            JsonValue narrowed = narrow(value, subs);
            if (narrowed != null) {
                selected.add(key, narrowed);
            }
        }
    }

    /** Keeps (or drops) the named sub-attributes of a complex value or of each element. */
    private JsonValue narrow(JsonValue value, List<String> subs) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject narrowed = narrowObject(value.asJsonObject(), subs);
            return narrowed.isEmpty() ? null : narrowed;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder elements = JSON.createArrayBuilder();
            for (JsonValue element : value.asJsonArray()) {
                elements.add(element.getValueType() == JsonValue.ValueType.OBJECT
                        ? narrowObject(element.asJsonObject(), subs) : element);
            }
            return elements.build();
        }
        return only ? null : value;
    }

    private JsonObject narrowObject(JsonObject object, List<String> subs) {
        JsonObjectBuilder narrowed = JSON.createObjectBuilder();
        object.forEach((key, value) -> {
            if (subs.contains(key.toLowerCase(Locale.ROOT)) == only) {
                narrowed.add(key, value);
            }
        });
        return narrowed.build();
    }

    private static List<Name> parse(String list, String coreSchema, List<String> extensions) {
        List<String> extensionKeys = extensions.stream()
                .map(urn -> urn.toLowerCase(Locale.ROOT))
                .toList();
        List<Name> names = new ArrayList<>();
        for (String raw : list.split(",")) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            names.add(extensionKeys.contains(name)
                    ? new Name(null, name, null)
                    : parseName(name, coreSchema.toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    /** {@code urn:...:User:name.givenName}: the URN ends at the last colon. */
    private static Name parseName(String name, String coreSchema) {
        String schema = null;
        String path = name;
        if (name.startsWith("urn:")) {
            int colon = name.lastIndexOf(':');
            schema = name.substring(0, colon);
            path = name.substring(colon + 1);
            if (schema.equals(coreSchema)) {
                schema = null;
            }
        }
        int dot = path.indexOf('.');
        return dot < 0 ? new Name(schema, path, null)
                : new Name(schema, path.substring(0, dot), path.substring(dot + 1));
    }
}
