package io.seatkeeper.scim;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.FilterParser;
import io.seatkeeper.scim.filter.FilterSyntaxException;
import io.seatkeeper.scim.filter.PatchPath;
import io.seatkeeper.scim.patch.PatchOperation;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The strict mode an organization can switch on: a request that names an attribute this
 * server does not keep is refused instead of having that attribute ignored, so that no client
 * believes a value was stored when it was not (as the SCIM interoperability profile asks).
 */
public final class StrictAttributes {

    /** What one resource type keeps: attribute to sub-attributes, per schema URN. */
    public record Kept(String coreSchema, Map<String, Map<String, Set<String>>> bySchema) {

        boolean keeps(String schema, String attribute, String subAttribute) {
            Map<String, Set<String>> attributes = bySchema.get(lower(schema));
            if (attributes == null) {
                return false;
            }
            Set<String> subs = attributes.get(lower(attribute));
            return subs != null && (subAttribute == null || subs.contains(lower(subAttribute)));
        }

        boolean isExtension(String key) {
            return !lower(key).equals(lower(coreSchema)) && bySchema.containsKey(lower(key));
        }
    }

    private static final Set<String> NONE = Set.of();
    private static final Map<String, Set<String>> COMMON = Map.of(
            "schemas", NONE, "id", NONE, "externalid", NONE,
            "meta", Set.of("resourcetype", "created", "lastmodified", "location", "version"));

    public static final Kept USER = new Kept(ScimSchemas.USER_ID, Map.of(
            lower(ScimSchemas.USER_ID), with(COMMON, Map.ofEntries(
                    Map.entry("username", NONE),
                    Map.entry("name", Set.of("formatted", "familyname", "givenname",
                            "middlename", "honorificprefix", "honorificsuffix")),
                    Map.entry("displayname", NONE), Map.entry("nickname", NONE),
                    Map.entry("profileurl", NONE), Map.entry("title", NONE),
                    Map.entry("usertype", NONE), Map.entry("preferredlanguage", NONE),
                    Map.entry("locale", NONE), Map.entry("timezone", NONE),
                    Map.entry("active", NONE),
                    Map.entry("emails", Set.of("value", "type", "primary", "display")),
                    Map.entry("groups", Set.of("value", "$ref", "display", "type")))),
            lower(ScimSchemas.ENTERPRISE_USER_ID), Map.of(
                    "employeenumber", NONE, "costcenter", NONE, "organization", NONE,
                    "division", NONE, "department", NONE,
                    "manager", Set.of("value", "$ref", "displayname"))));

    public static final Kept GROUP = new Kept(ScimSchemas.GROUP_ID, Map.of(
            lower(ScimSchemas.GROUP_ID), with(COMMON, Map.of(
                    "displayname", NONE,
                    "members", Set.of("value", "display", "$ref", "type")))));

    private StrictAttributes() {
    }

    /** Refuses a POST or PUT body that carries an attribute the resource type does not keep. */
    public static void checkResource(JsonObject body, Kept kept) {
        body.forEach((key, value) -> {
            if (kept.isExtension(key) && value.getValueType() == JsonValue.ValueType.OBJECT) {
                value.asJsonObject().forEach((name, inner) ->
                        checkValue(kept, key, name, inner));
            } else {
                AttributePath path = path(key);
                String schema = schemaOf(path, kept);
                if (path.subAttribute() == null) {
                    checkValue(kept, schema, path.attribute(), value);
                } else if (!kept.keeps(schema, path.attribute(), path.subAttribute())) {
                    throw notKept(key);
                }
            }
        });
    }

    /** Refuses a PATCH whose paths or values name attributes not kept. */
    public static void checkPatch(List<PatchOperation> operations, Kept kept) {
        for (PatchOperation operation : operations) {
            if (operation.path() != null) {
                checkPath(operation.path(), operation.value(), kept);
            } else if (operation.value() != null
                    && operation.value().getValueType() == JsonValue.ValueType.OBJECT) {
                checkResource(operation.value().asJsonObject(), kept);
            }
        }
    }

    private static void checkPath(PatchPath path, JsonValue value, Kept kept) {
        AttributePath attribute = path.attribute();
        String whole = attribute.schema() + ":" + attribute.attribute();
        if (attribute.schema() != null && attribute.subAttribute() == null
                && kept.isExtension(whole)) {
            // The path names a whole extension: its value holds the extension's attributes.
            if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
                checkResource(JSON.createObjectBuilder().add(whole, value).build(), kept);
            }
            return;
        }
        String schema = schemaOf(attribute, kept);
        String sub = path.subAttribute() != null ? path.subAttribute() : attribute.subAttribute();
        if (!kept.keeps(schema, attribute.attribute(), sub)) {
            throw notKept(sub == null ? attribute.attribute() : attribute.attribute() + "." + sub);
        }
        if (sub == null && value != null) {
            checkValue(kept, schema, attribute.attribute(), value);
        }
    }

    private static void checkValue(Kept kept, String schema, String attribute,
            JsonValue value) {
        if (!kept.keeps(schema, attribute, null)) {
            throw notKept(attribute);
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            checkSubAttributes(kept, schema, attribute, value.asJsonObject());
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue element : value.asJsonArray()) {
                if (element.getValueType() == JsonValue.ValueType.OBJECT) {
                    checkSubAttributes(kept, schema, attribute, element.asJsonObject());
                }
            }
        }
    }

    private static void checkSubAttributes(Kept kept, String schema, String attribute,
            JsonObject value) {
        for (String sub : value.keySet()) {
            if (!kept.keeps(schema, attribute, sub)) {
                throw notKept(attribute + "." + sub);
            }
        }
    }

    /** A member name as a path: {@code name.givenName} or a URN-qualified attribute. */
    private static AttributePath path(String key) {
        try {
            PatchPath path = FilterParser.parsePath(key);
            if (path.valueFilter() == null && path.subAttribute() == null) {
                return path.attribute();
            }
        } catch (FilterSyntaxException e) {
            // not an attribute name at all; refused below
        }
        throw notKept(key);
    }

    private static String schemaOf(AttributePath path, Kept kept) {
        return path.schema() == null ? kept.coreSchema() : path.schema();
    }

    private static ScimException notKept(String attribute) {
        return ScimException.badRequest(ScimType.INVALID_SYNTAX, "'" + attribute
                + "' is not an attribute this server keeps, and this organization asked for"
                + " such attributes to be refused rather than ignored");
    }

    private static Map<String, Set<String>> with(Map<String, Set<String>> common,
            Map<String, Set<String>> own) {
        Map<String, Set<String>> all = new HashMap<>(common);
        all.putAll(own);
        return Map.copyOf(all);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
