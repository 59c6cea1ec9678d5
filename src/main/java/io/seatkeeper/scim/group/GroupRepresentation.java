package io.seatkeeper.scim.group;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.group.Group;
import io.seatkeeper.group.GroupAttributes;
import io.seatkeeper.group.GroupService;
import io.seatkeeper.scim.JsonFields;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimJson;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.schema.ScimSchemas;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Maps between the SCIM Group representation (RFC 7643 §4.2) and the stored group. */
final class GroupRepresentation {

    static final String SCHEMA = ScimSchemas.GROUP_ID;
    static final int MAX_TEXT = 255;

    private GroupRepresentation() {
    }

    /**
     * @param members the members to list, or null to leave the attribute out
     * @param userLocation where each member user lives, for {@code $ref}
     */
    static JsonObject toJson(Group group, List<GroupService.Member> members, URI location,
            Function<UUID, URI> userLocation) {
        GroupAttributes attributes = group.attributes();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("id", group.id().toString());
        if (attributes.externalId() != null) {
            json.add("externalId", attributes.externalId());
        }
        json.add("displayName", attributes.displayName());
        if (members != null) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (GroupService.Member member : members) {
                array.add(JSON.createObjectBuilder()
                        .add("value", member.userId().toString())
                        .add("display", member.display())
                        .add("$ref", userLocation.apply(member.userId()).toString())
                        .add("type", "User"));
            }
            json.add("members", array);
        }
        json.add("meta", JSON.createObjectBuilder()
                .add("resourceType", "Group")
                .add("created", group.created().toString())
                .add("lastModified", group.lastModified().toString())
                .add("location", location.toString())
                .add("version", etag(group)));
        return json.build();
    }

    /** The weak entity tag of the group's current version (RFC 7644 §3.14). */
    static String etag(Group group) {
        return "W/\"" + group.version() + "\"";
    }

    /** The attributes of a POST or PUT body; members are read by {@link #memberIds}. */
    static GroupAttributes fromJson(JsonObject body) {
        ScimJson.requireSchema(body, SCHEMA);
        JsonFields fields = JsonFields.of(body);
        String displayName = fields.string("displayName");
        if (displayName == null || displayName.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "'displayName' is required");
        }
        return new GroupAttributes(limited("displayName", displayName.strip()),
                limitedOrNull("externalId", fields.string("externalId")));
    }

    /** The user ids of a {@code members} value: an array of {"value": id} objects, or one. */
    static Set<UUID> memberIds(JsonValue members) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (members == null || members.getValueType() == JsonValue.ValueType.NULL) {
            return ids;
        }
        JsonArray array = members.getValueType() == JsonValue.ValueType.ARRAY
                ? members.asJsonArray() : JSON.createArrayBuilder().add(members).build();
        for (JsonValue member : array) {
            if (member.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE,
                        "Each member must be an object with a 'value'");
            }
            ids.add(memberId(JsonFields.of(member.asJsonObject(), "members").get("value")));
        }
        return ids;
    }

    static UUID memberId(JsonValue value) {
        if (!(value instanceof JsonString id)) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "Each member needs a 'value' with the user's id");
        }
        try {
            return UUID.fromString(id.getString());
        } catch (IllegalArgumentException e) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "Member " + id.getString() + " is not a user of this organization");
        }
    }


    private static String limitedOrNull(String name, String value) {
        return value == null ? null : limited(name, value);
    }

    private static String limited(String name, String value) {
        if (value.length() > MAX_TEXT) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "'" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }
}
