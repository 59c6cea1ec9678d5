package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.FilterParser;
import io.seatkeeper.scim.filter.FilterSyntaxException;
import io.seatkeeper.scim.filter.PatchPath;
import io.seatkeeper.scim.patch.PatchOperation.Op;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of a PATCH request (RFC 7644 §3.5.2) into operations. Member names and op
 * keywords are matched without regard to case because identity providers differ there: Entra
 * ID sends {@code "op": "Replace"}, and {@code Operations} is spelled in several ways.
 */
public final class PatchRequest {

    public static final String PATCH_OP_URN = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private PatchRequest() {
    }

    public static List<PatchOperation> parse(JsonObject body) {
        if (body == null) {
            throw syntax("The request has no body");
        }
        requirePatchOpSchema(body);
        JsonArray operations = operations(body);
        List<PatchOperation> result = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            result.add(operation(operations.get(i), i));
        }
        return List.copyOf(result);
    }

    private static void requirePatchOpSchema(JsonObject body) {
        JsonValue schemas = JsonValues.get(body, "schemas");
        boolean listed = JsonValues.isArray(schemas) && schemas.asJsonArray().stream()
                .anyMatch(schema -> JsonValues.isString(schema)
                        && ((JsonString) schema).getString().equalsIgnoreCase(PATCH_OP_URN));
        if (!listed) {
            throw syntax("schemas must be an array containing " + PATCH_OP_URN);
        }
    }

    private static JsonArray operations(JsonObject body) {
        JsonValue operations = JsonValues.get(body, "Operations");
        if (!JsonValues.isArray(operations)) {
            throw syntax("Operations must be an array of operations");
        }
        if (operations.asJsonArray().isEmpty()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "Operations must contain at least one operation");
        }
        return operations.asJsonArray();
    }

    private static PatchOperation operation(JsonValue element, int index) {
        if (!JsonValues.isObject(element)) {
            throw syntax("Operation " + index + " is not an object");
        }
        JsonObject object = element.asJsonObject();
        Op op = op(JsonValues.get(object, "op"), index);
        PatchPath path = path(JsonValues.get(object, "path"), index);
        JsonValue value = JsonValues.get(object, "value");
        return checked(new PatchOperation(op, path, JsonValues.isNull(value) ? null : value),
                index);
    }

    private static Op op(JsonValue op, int index) {
        if (!JsonValues.isString(op)) {
            throw syntax("Operation " + index + " has no op; expected add, replace or remove");
        }
        String name = ((JsonString) op).getString();
        try {
            return Op.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw syntax("Operation " + index + " has unsupported op '" + name
                    + "'; expected add, replace or remove");
        }
    }

    private static PatchPath path(JsonValue path, int index) {
        if (JsonValues.isNull(path)) {
            return null;
        }
        if (!JsonValues.isString(path)) {
            throw syntax("Operation " + index + " has a path that is not a string");
        }
        try {
            return FilterParser.parsePath(((JsonString) path).getString());
        } catch (FilterSyntaxException e) {
            throw ScimException.badRequest(ScimType.INVALID_PATH, e.getMessage());
        }
    }

    /** RFC 7644 §3.5.2.1 and .3 need a value; §3.5.2.2 needs a path to know what to remove. */
    private static PatchOperation checked(PatchOperation operation, int index) {
        String name = operation.op().name().toLowerCase(Locale.ROOT);
        if (operation.op() != Op.REMOVE && operation.value() == null) {
            throw syntax("Operation " + index + " (" + name + ") has no value");
        }
        if (operation.op() == Op.REMOVE && operation.path() == null) {
            throw ScimException.badRequest(ScimType.NO_TARGET,
                    "Operation " + index + " (" + name + ") has no path");
        }
        return operation;
    }

    private static ScimException syntax(String detail) {
        return ScimException.badRequest(ScimType.INVALID_SYNTAX, detail);
    }
}
