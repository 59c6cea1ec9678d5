package io.seatkeeper.scim.bulk;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.scim.JsonFields;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation of a bulk request (RFC 7644 §3.7): a method, a path of {@code /Users} or
 * {@code /Groups} (with an id, except for POST), and its data and version.
 */
record BulkOperation(String method, String resourceType, String resourceId, String bulkId,
        String version, JsonObject data) {

    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String BULK_ID_PREFIX = "bulkId:";

    static BulkOperation of(JsonObject operation) {
        JsonFields fields = JsonFields.of(operation, "Operations");
        String method = fields.string("method");
        if (method == null || !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "Each operation needs a method: POST, PUT, PATCH or DELETE");
        }
        method = method.toUpperCase(Locale.ROOT);
        String[] path = path(fields.string("path"), method);
        String bulkId = fields.string("bulkId");
        if (method.equals("POST") && (bulkId == null || bulkId.isBlank())) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "A POST operation needs a bulkId (RFC 7644 §3.7)");
        }
        JsonObject data = fields.object("data");
        if (data == null && !method.equals("DELETE")) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "A " + method + " operation needs data");
        }
        return new BulkOperation(method, path[0], path[1], bulkId, fields.string("version"),
                data);
    }

    /** {@code /Users} or {@code /Groups/<id>}: the resource type and the id (or null). */
    private static String[] path(String path, String method) {
        String[] parts = path == null ? new String[0] : path.replaceFirst("^/", "").split("/");
        boolean known = parts.length >= 1 && (parts[0].equals("Users")
                || parts[0].equals("Groups"));
        boolean idAsExpected = method.equals("POST") ? parts.length == 1 : parts.length == 2;
        if (!known || !idAsExpected) {
            throw ScimException.badRequest(ScimType.INVALID_PATH, "'" + path + "' is not a path"
                    + " for " + method + ": use /Users or /Groups, with an id unless creating");
        }
        return new String[] {parts[0], parts.length == 2 ? parts[1] : null};
    }

    /**
     * The operation with every {@code "bulkId:<id>"} replaced by the id of the resource that
     * operation created (RFC 7644 §3.7.2).
     */
    BulkOperation withBulkIds(Map<String, String> created) {
        return new BulkOperation(method, resourceType, resolve(resourceId, created), bulkId,
                version, data == null ? null : resolve(data, created).asJsonObject());
    }

    private static JsonValue resolve(JsonValue value, Map<String, String> created) {
        switch (value.getValueType()) {
            case STRING:
                return JSON.createValue(resolve(((JsonString) value).getString(), created));
            case OBJECT:
                JsonObjectBuilder object = JSON.createObjectBuilder();
                value.asJsonObject().forEach((key, member) ->
                        object.add(key, resolve(member, created)));
                return object.build();
            case ARRAY:
                JsonArrayBuilder array = JSON.createArrayBuilder();
                value.asJsonArray().forEach(element -> array.add(resolve(element, created)));
                return array.build();
            default:
                return value;
        }
    }

    private static String resolve(String text, Map<String, String> created) {
        if (text == null || !text.startsWith(BULK_ID_PREFIX)) {
            return text;
        }
        String id = created.get(text.substring(BULK_ID_PREFIX.length()));
        if (id == null) {
            throw new ScimException(409, ScimType.INVALID_VALUE, "'" + text + "' names no"
                    + " resource created earlier in this request");
        }
        return id;
    }
}
