package io.seatkeeper.scim.patch;

import static io.seatkeeper.scim.ScimJson.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working copy a PATCH request edits. Core attributes are top-level members; extension
 * attributes live in an object named by the extension's URN, which is listed in
 * {@code schemas} exactly while that object has members (RFC 7643 §3, §3.3).
 */
final class ResourceState {

    private static final String SCHEMAS = "schemas";

    private final Map<String, JsonValue> members;

    ResourceState(JsonObject resource) {
        this.members = new LinkedHashMap<>(resource);
    }

    /** The attribute's stored value, or null; {@code extensionUrn} is null for core ones. */
    JsonValue get(String extensionUrn, String name) {
        if (extensionUrn == null) {
            return JsonValues.get(members, name);
        }
        return JsonValues.get(extension(extensionUrn), name);
    }

    /** Stores the value under the canonical name; null removes the attribute. */
    void put(String extensionUrn, String name, JsonValue value) {
        if (extensionUrn == null) {
            replaceMember(members, name, value);
            return;
        }
        Map<String, JsonValue> extension = extension(extensionUrn);
        replaceMember(extension, name, value);
        storeExtension(extensionUrn, extension);
    }

    /** The names of the attributes stored in an extension object. */
    List<String> extensionAttributeNames(String extensionUrn) {
        return new ArrayList<>(extension(extensionUrn).keySet());
    }

    JsonObject toJson() {
        return JsonValues.object(members);
    }

    private Map<String, JsonValue> extension(String urn) {
        JsonValue stored = JsonValues.get(members, urn);
        return JsonValues.isObject(stored) ? new LinkedHashMap<>(stored.asJsonObject())
                : new LinkedHashMap<>();
    }

    private void storeExtension(String urn, Map<String, JsonValue> extension) {
        if (extension.isEmpty()) {
            replaceMember(members, urn, null);
            setSchemaListed(urn, false);
        } else {
            replaceMember(members, urn, JsonValues.object(extension));
            setSchemaListed(urn, true);
        }
    }

    private void setSchemaListed(String urn, boolean listed) {
        JsonValue stored = JsonValues.get(members, SCHEMAS);
        List<JsonValue> schemas = new ArrayList<>(
                JsonValues.isArray(stored) ? stored.asJsonArray() : List.of());
        boolean present = schemas.stream().anyMatch(schema -> names(schema, urn));
        if (listed == present) {
            return;
        }
        if (listed) {
            schemas.add(JSON.createValue(urn));
        } else {
            schemas.removeIf(schema -> names(schema, urn));
        }
        replaceMember(members, SCHEMAS, JsonValues.array(schemas));
    }

    private static boolean names(JsonValue schema, String urn) {
        return JsonValues.isString(schema)
                && ((JsonString) schema).getString().equalsIgnoreCase(urn);
    }

    /** Keeps the member's position when it already exists, in whatever case it was spelled. */
    private static void replaceMember(Map<String, JsonValue> object, String name,
            JsonValue value) {
        String existing = JsonValues.findKey(object, name).orElse(null);
        if (value == null) {
            if (existing != null) {
                object.remove(existing);
            }
            return;
        }
        if (existing == null || existing.equals(name)) {
            object.put(name, value);
            return;
        }
        Map<String, JsonValue> copy = new LinkedHashMap<>(object);
        object.clear();
        copy.forEach((key, member) -> object.put(key.equals(existing) ? name : key,
                key.equals(existing) ? value : member));
    }
}
