package io.seatkeeper.scim.user;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.group.GroupService;
import io.seatkeeper.scim.JsonFields;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimJson;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.schema.ScimSchemas;
import io.seatkeeper.user.EmailAddress;
import io.seatkeeper.user.EnterpriseAttributes;
import io.seatkeeper.user.PersonName;
import io.seatkeeper.user.User;
import io.seatkeeper.user.UserAttributes;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Maps between the SCIM User representation (RFC 7643 §4.1) and the stored user. Reading is
 * strict about types and lenient about the rest: unknown and read-only attributes (Okta sends
 * {@code password} and {@code groups}) are ignored; {@code password} is never stored.
 */
final class UserRepresentation {

    static final String SCHEMA = ScimSchemas.USER_ID;
    static final String ENTERPRISE = ScimSchemas.ENTERPRISE_USER_ID;
    static final int MAX_USER_NAME = 320;
    static final int MAX_TEXT = 255;

    private UserRepresentation() {
    }

    /**
     * @param groups the groups the user belongs to, listed in the read-only {@code groups}
     * @param groupLocation where each group lives, for {@code $ref}
     */
    static JsonObject toJson(User user, List<GroupService.Membership> groups, URI location,
            Function<UUID, URI> groupLocation) {
        UserAttributes attributes = user.attributes();
        JsonArrayBuilder schemas = JSON.createArrayBuilder().add(SCHEMA);
        if (!attributes.enterprise().isEmpty()) {
            schemas.add(ENTERPRISE);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("schemas", schemas)
                .add("id", user.id().toString());
        addIfPresent(json, "externalId", attributes.externalId());
        json.add("userName", attributes.userName());
        JsonObject name = nameToJson(attributes.name());
        if (!name.isEmpty()) {
            json.add("name", name);
        }
        addIfPresent(json, "displayName", attributes.displayName());
        addIfPresent(json, "nickName", attributes.nickName());
        addIfPresent(json, "profileUrl", attributes.profileUrl());
        addIfPresent(json, "title", attributes.title());
        addIfPresent(json, "userType", attributes.userType());
        addIfPresent(json, "preferredLanguage", attributes.preferredLanguage());
        addIfPresent(json, "locale", attributes.locale());
        addIfPresent(json, "timezone", attributes.timezone());
        json.add("active", attributes.active());
        if (!attributes.emails().isEmpty()) {
            json.add("emails", emailsToJson(attributes.emails()));
        }
        if (!groups.isEmpty()) {
            json.add("groups", groupsToJson(groups, groupLocation));
        }
        if (!attributes.enterprise().isEmpty()) {
            json.add(ENTERPRISE, enterpriseToJson(attributes.enterprise()));
        }
        json.add("meta", JSON.createObjectBuilder()
                .add("resourceType", "User")
                .add("created", user.created().toString())
                .add("lastModified", user.lastModified().toString())
                .add("location", location.toString())
                .add("version", etag(user)));
        return json.build();
    }

    /** The weak entity tag of the user's current version (RFC 7644 §3.14). */
    static String etag(User user) {
        return "W/\"" + user.version() + "\"";
    }

    /**
     * The attributes a POST, PUT or patched representation sets; anything it leaves out is
     * cleared, except {@code active}, which keeps {@code activeIfAbsent} so that a profile
     * update that does not mention it neither activates nor deactivates anyone.
     */
    static UserAttributes fromJson(JsonObject body, boolean activeIfAbsent) {
        ScimJson.requireSchema(body, SCHEMA);
        JsonFields fields = JsonFields.of(body);

        String userName = fields.string("userName");
        if (userName == null || userName.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "'userName' is required");
        }
        Boolean active = fields.bool("active");
        return new UserAttributes(
                limited("userName", userName.strip(), MAX_USER_NAME),
                text(fields, "externalId"),
                nameFromJson(fields.object("name")),
                text(fields, "displayName"),
                text(fields, "nickName"),
                text(fields, "profileUrl"),
                text(fields, "title"),
                text(fields, "userType"),
                text(fields, "preferredLanguage"),
                text(fields, "locale"),
                text(fields, "timezone"),
                active == null ? activeIfAbsent : active,
                emailsFromJson(fields.array("emails")),
                enterpriseFromJson(fields.object(ENTERPRISE)));
    }


    private static PersonName nameFromJson(JsonObject name) {
        if (name == null) {
            return PersonName.EMPTY;
        }
        JsonFields fields = JsonFields.of(name, "name");
        return new PersonName(text(fields, "formatted"), text(fields, "familyName"),
                text(fields, "givenName"), text(fields, "middleName"),
                text(fields, "honorificPrefix"), text(fields, "honorificSuffix"));
    }

    private static JsonObject nameToJson(PersonName name) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        addIfPresent(json, "formatted", name.formatted());
        addIfPresent(json, "familyName", name.familyName());
        addIfPresent(json, "givenName", name.givenName());
        addIfPresent(json, "middleName", name.middleName());
        addIfPresent(json, "honorificPrefix", name.honorificPrefix());
        addIfPresent(json, "honorificSuffix", name.honorificSuffix());
        return json.build();
    }

    private static List<EmailAddress> emailsFromJson(JsonArray emails) {
        List<EmailAddress> result = new ArrayList<>();
        if (emails == null) {
            return result;
        }
        for (JsonValue element : emails) {
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE,
                        "each of 'emails' must be an object");
            }
            JsonFields email = JsonFields.of(element.asJsonObject(), "emails");
            Boolean primary = email.bool("primary");
            result.add(new EmailAddress(checkedEmail(email.string("value")),
                    text(email, "type"), primary != null && primary, text(email, "display")));
        }
        return onePrimary(result);
    }

    /** RFC 7643 §2.4: at most one value may be primary; the last one said so wins. */
    private static List<EmailAddress> onePrimary(List<EmailAddress> emails) {
        int last = -1;
        for (int i = 0; i < emails.size(); i++) {
            if (emails.get(i).primary()) {
                last = i;
            }
        }
        List<EmailAddress> result = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            EmailAddress email = emails.get(i);
            result.add(email.primary() && i != last
                    ? new EmailAddress(email.value(), email.type(), false, email.display())
                    : email);
        }
        return result;
    }

    private static String checkedEmail(String value) {
        if (value == null || value.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "'emails.value' is required for each e-mail");
        }
        try {
            InternetAddress address = new InternetAddress(value.strip(), true);
            if (address.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain");
            }
            return limited("emails.value", address.getAddress(), MAX_USER_NAME);
        } catch (AddressException e) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "'" + value + "' is not an e-mail address");
        }
    }

    private static JsonArray emailsToJson(List<EmailAddress> emails) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (EmailAddress email : emails) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("value", email.value());
            addIfPresent(json, "type", email.type());
            addIfPresent(json, "display", email.display());
            json.add("primary", email.primary());
            array.add(json);
        }
        return array.build();
    }

    private static EnterpriseAttributes enterpriseFromJson(JsonObject extension) {
        if (extension == null) {
            return EnterpriseAttributes.EMPTY;
        }
        JsonFields fields = JsonFields.of(extension, ENTERPRISE);
        return new EnterpriseAttributes(text(fields, "employeeNumber"),
                text(fields, "costCenter"), text(fields, "organization"),
                text(fields, "division"), text(fields, "department"), managerId(fields));
    }

    /** The manager's id: RFC 7643 §4.3 sends an object, some IdPs a bare string. */
    private static String managerId(JsonFields fields) {
        JsonValue manager = fields.get("manager");
        if (manager == null) {
            return null;
        }
        if (manager instanceof JsonString id) {
            return id.getString().isBlank() ? null : limited("manager", id.getString(), MAX_TEXT);
        }
        String id = text(JsonFields.of(fields.object("manager"), ENTERPRISE + ":manager"),
                "value");
        return id == null || id.isBlank() ? null : id;
    }

    private static JsonObject enterpriseToJson(EnterpriseAttributes enterprise) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        addIfPresent(json, "employeeNumber", enterprise.employeeNumber());
        addIfPresent(json, "costCenter", enterprise.costCenter());
        addIfPresent(json, "organization", enterprise.organization());
        addIfPresent(json, "division", enterprise.division());
        addIfPresent(json, "department", enterprise.department());
        if (enterprise.managerId() != null) {
            json.add("manager", JSON.createObjectBuilder().add("value", enterprise.managerId()));
        }
        return json.build();
    }

    private static JsonArray groupsToJson(List<GroupService.Membership> groups,
            Function<UUID, URI> groupLocation) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (GroupService.Membership group : groups) {
            array.add(JSON.createObjectBuilder()
                    .add("value", group.groupId().toString())
                    .add("$ref", groupLocation.apply(group.groupId()).toString())
                    .add("display", group.displayName())
                    .add("type", "direct"));
        }
        return array.build();
    }

    private static String text(JsonFields fields, String name) {
        String value = fields.string(name);
        return value == null ? null : limited(name, value, MAX_TEXT);
    }

    private static String limited(String name, String value, int max) {
        if (value.length() > max) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "'" + name + "' is longer than " + max + " characters");
        }
        return value;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
