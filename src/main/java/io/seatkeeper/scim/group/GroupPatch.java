package io.seatkeeper.scim.group;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.group.MemberChange;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.Operator;
import io.seatkeeper.scim.filter.PatchPath;
import io.seatkeeper.scim.patch.PatchOperation;
import io.seatkeeper.scim.patch.PatchOperation.Op;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Splits a PATCH of a group (RFC 7644 §3.5.2) into changes of its own attributes, which the
 * PATCH engine applies to the group without its members, and member changes, which the group
 * service applies row by row. The member list is never loaded to be rewritten.
 */
record GroupPatch(List<PatchOperation> attributeOperations, List<MemberChange> memberChanges) {

    private static final String MEMBERS = "members";

    static GroupPatch of(List<PatchOperation> operations) {
        List<PatchOperation> attributes = new ArrayList<>();
        List<MemberChange> members = new ArrayList<>();
        for (PatchOperation operation : operations) {
            if (operation.path() == null) {
                splitPathless(operation, attributes, members);
            } else if (isMembers(operation.path())) {
                members.addAll(memberChanges(operation));
            } else {
                attributes.add(operation);
            }
        }
        return new GroupPatch(List.copyOf(attributes), List.copyOf(members));
    }

    /** Okta renames with {"op":"replace","value":{"id":..,"displayName":..}}, members aside. */
    private static void splitPathless(PatchOperation operation, List<PatchOperation> attributes,
            List<MemberChange> members) {
        if (operation.value() == null
                || operation.value().getValueType() != JsonValue.ValueType.OBJECT) {
            attributes.add(operation);
            return;
        }
        JsonObjectBuilder rest = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : operation.value().asJsonObject().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(MEMBERS)) {
                if (operation.op() == Op.REPLACE) {
                    members.add(MemberChange.removeAll());
                }
                members.add(MemberChange.add(GroupRepresentation.memberIds(entry.getValue())));
            } else {
                rest.add(entry.getKey(), entry.getValue());
            }
        }
        JsonObject remaining = rest.build();
        if (!remaining.isEmpty()) {
            attributes.add(new PatchOperation(operation.op(), null, remaining));
        }
    }

    private static List<MemberChange> memberChanges(PatchOperation operation) {
        PatchPath path = operation.path();
        if (path.subAttribute() != null || path.attribute().subAttribute() != null) {
            throw ScimException.badRequest(ScimType.INVALID_PATH,
                    "Members can be added, replaced or removed, not their sub-attributes");
        }
        if (operation.op() == Op.REMOVE) {
            return List.of(removal(operation));
        }
        if (path.valueFilter() != null) {
            throw ScimException.badRequest(ScimType.INVALID_PATH,
                    "A filter on members is only supported by remove");
        }
        Set<UUID> ids = GroupRepresentation.memberIds(operation.value());
        return operation.op() == Op.REPLACE
                ? List.of(MemberChange.removeAll(), MemberChange.add(ids))
                : List.of(MemberChange.add(ids));
    }

    /**
     * {@code members[value eq "id"]} removes that member; {@code members} with a value list
     * removes only those (Entra ID sends that); {@code members} alone removes every member.
     */
    private static MemberChange removal(PatchOperation operation) {
        if (operation.path().valueFilter() != null) {
            Set<UUID> ids = new LinkedHashSet<>();
            collectIds(operation.path().valueFilter(), ids);
            return MemberChange.remove(ids);
        }
        if (operation.value() != null
                && operation.value().getValueType() != JsonValue.ValueType.NULL) {
            return MemberChange.remove(GroupRepresentation.memberIds(operation.value()));
        }
        return MemberChange.removeAll();
    }

    /** The ids of {@code value eq "a" or value eq "b"}; other member filters are refused. */
    private static void collectIds(Filter filter, Set<UUID> ids) {
        if (filter instanceof Filter.Or or) {
            collectIds(or.left(), ids);
            collectIds(or.right(), ids);
        } else if (filter instanceof Filter.Comparison comparison
                && comparison.operator() == Operator.EQ
                && comparison.path().attribute().equalsIgnoreCase("value")
                && comparison.path().subAttribute() == null
                && comparison.value() instanceof String id) {
            ids.add(GroupRepresentation.memberId(JSON.createValue(id)));
        } else {
            throw ScimException.badRequest(ScimType.INVALID_FILTER,
                    "Members can be selected by 'value eq \"<id>\"' (joined by 'or') only");
        }
    }

    private static boolean isMembers(PatchPath path) {
        String schema = path.attribute().schema();
        return path.attribute().attribute().toLowerCase(Locale.ROOT).equals(MEMBERS)
                && (schema == null || schema.equalsIgnoreCase(GroupRepresentation.SCHEMA));
    }
}
