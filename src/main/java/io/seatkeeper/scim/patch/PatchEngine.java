package io.seatkeeper.scim.patch;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.patch.PatchOperation.Op;
import io.seatkeeper.scim.schema.AttributeDefinition;
import io.seatkeeper.scim.schema.ResourceSchema;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to the JSON representation of a resource and
 * returns the new representation, which the caller stores as a full replacement. The request
 * is atomic: the operations edit a working copy, and the first failure throws a
 * {@link ScimException} so nothing of the request takes effect.
 *
 * <p>Besides the RFC forms, it accepts what Entra ID and Okta send: path-less values with
 * dotted or URN-qualified member names, booleans as strings, a bare string for the enterprise
 * {@code manager}, and filtered sub-attribute paths that create the value they filter for.
 * Member names of a path-less value that name no attribute are ignored.
 */
public final class PatchEngine {

    private final PathResolver resolver;

    public PatchEngine(ResourceSchema core, List<ResourceSchema> extensions) {
        this.resolver = new PathResolver(core, extensions);
    }

    /**
     * @param resource the resource as the server would return it
     * @param operations as {@link PatchRequest#parse} returns them
     * @return the patched resource; {@code resource} itself is never changed
     * @throws ScimException 400 with the scimType of RFC 7644 §3.12 for the first failing op
     */
    public JsonObject apply(JsonObject resource, List<PatchOperation> operations) {
        ResourceState state = new ResourceState(resource);
        for (PatchOperation operation : operations) {
            apply(state, operation);
        }
        return state.toJson();
    }

    private void apply(ResourceState state, PatchOperation operation) {
        if (operation.op() != Op.REMOVE && operation.value() == null) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "The " + operation.op().name().toLowerCase(Locale.ROOT)
                            + " operation needs a value");
        }
        if (operation.path() == null) {
            applyWithoutPath(state, operation);
            return;
        }
        Target target = resolver.resolve(operation.path());
        edit(state, target, mode(operation.op()), operation.value());
    }

    /** RFC 7644 §3.5.2.1 and §3.5.2.3: without a path the value holds attributes. */
    private void applyWithoutPath(ResourceState state, PatchOperation operation) {
        if (operation.op() == Op.REMOVE) {
            throw ScimException.badRequest(ScimType.NO_TARGET, "A remove operation needs a path");
        }
        if (!JsonValues.isObject(operation.value())) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "Without a path, value must be an object of attributes");
        }
        Mode mode = operation.op() == Op.ADD ? Mode.ADD : Mode.REPLACE_WHOLE;
        operation.value().asJsonObject().forEach((name, value) -> resolver.resolveKey(name)
                .ifPresent(target -> edit(state, target, mode, value)));
    }

    private static Mode mode(Op op) {
        return switch (op) {
            case ADD -> Mode.ADD;
            case REPLACE -> Mode.REPLACE;
            case REMOVE -> Mode.REMOVE;
        };
    }

    private void edit(ResourceState state, Target target, Mode mode, JsonValue value) {
        if (target.isWholeExtension()) {
            editExtension(state, target, mode, value);
            return;
        }
        AttributeDefinition attribute = target.attribute();
        JsonValue old = ValueCoercer.canonicalNames(attribute,
                state.get(target.extensionUrn(), attribute.name()));
        JsonValue updated = AttributeEditor.edit(target, mode, old, bareManager(target, value));
        MutabilityCheck.check(attribute, old, updated, attribute.name());
        if (updated == null && attribute.required()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    attribute.name() + " is required");
        }
        state.put(target.extensionUrn(), attribute.name(), updated);
    }

    /** A path or member naming the extension itself: its value holds extension attributes. */
    private void editExtension(ResourceState state, Target target, Mode mode, JsonValue value) {
        String urn = target.extensionUrn();
        if (mode == Mode.REMOVE) {
            for (String name : state.extensionAttributeNames(urn)) {
                resolver.resolveIn(target.schema(), name).ifPresentOrElse(
                        attribute -> edit(state, attribute, Mode.REMOVE, null),
                        () -> state.put(urn, name, null));
            }
            return;
        }
        if (!JsonValues.isObject(value)) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "The value for " + urn + " must be an object of its attributes");
        }
        value.asJsonObject().forEach((name, member) -> resolver.resolveIn(target.schema(), name)
                .ifPresent(attribute -> edit(state, attribute, mode, member)));
    }

    /**
     * Some identity providers send the enterprise manager as its id alone; RFC 7643 §4.3
     * makes it complex, so the string becomes {@code {"value": id}}.
     */
    private static JsonValue bareManager(Target target, JsonValue value) {
        boolean manager = target.schema().id().equalsIgnoreCase(ScimSchemas.ENTERPRISE_USER_ID)
                && target.attribute().name().equals("manager")
                && target.subAttribute() == null;
        if (!manager || !JsonValues.isString(value)) {
            return value;
        }
        return JSON.createObjectBuilder().add("value", ((JsonString) value).getString()).build();
    }
}
