package io.seatkeeper.scim.schema;

import static io.seatkeeper.scim.schema.AttributeDefinition.binary;
import static io.seatkeeper.scim.schema.AttributeDefinition.bool;
import static io.seatkeeper.scim.schema.AttributeDefinition.complex;
import static io.seatkeeper.scim.schema.AttributeDefinition.dateTime;
import static io.seatkeeper.scim.schema.AttributeDefinition.reference;
import static io.seatkeeper.scim.schema.AttributeDefinition.string;

import io.seatkeeper.scim.schema.AttributeDefinition.Builder;
import io.seatkeeper.scim.schema.AttributeDefinition.Returned;
import io.seatkeeper.scim.schema.AttributeDefinition.Uniqueness;
import java.util.Arrays;
import java.util.List;

/**
 * The schemas Seatkeeper serves: the core User and Group of RFC 7643 §4 and the enterprise
 * User extension of §4.3, with the attribute characteristics of the schema representation in
 * §8.7.1 and §8.7.2. The common attributes of §3.1 belong to every resource but to no schema,
 * so they are kept apart in {@link #COMMON_ATTRIBUTES}.
 */
public final class ScimSchemas {

    public static final String USER_ID = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String ENTERPRISE_USER_ID =
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String GROUP_ID = "urn:ietf:params:scim:schemas:core:2.0:Group";

    /** id, externalId and meta (RFC 7643 §3.1). */
    public static final List<AttributeDefinition> COMMON_ATTRIBUTES = build(
            string("id", "Identifier the service assigned to the resource")
                    .caseExact().readOnly().returned(Returned.ALWAYS)
                    .uniqueness(Uniqueness.SERVER),
            string("externalId", "Identifier the provisioning client uses for the resource")
                    .caseExact(),
            complex("meta", "Bookkeeping the service keeps about the resource",
                    string("resourceType", "Name of the resource type").caseExact().readOnly(),
                    dateTime("created", "When the resource was added").readOnly(),
                    dateTime("lastModified", "When the resource last changed").readOnly(),
                    reference("location", "URI of the resource", "uri")
                            .caseExact().readOnly(),
                    string("version", "Entity tag of the current version")
                            .caseExact().readOnly())
                    .readOnly());

    /** urn:ietf:params:scim:schemas:core:2.0:User (RFC 7643 §4.1). */
    public static final ResourceSchema USER = new ResourceSchema(USER_ID, "User",
            "A person who holds an account", userAttributes());

    /** urn:ietf:params:scim:schemas:extension:enterprise:2.0:User (RFC 7643 §4.3). */
    public static final ResourceSchema ENTERPRISE_USER = new ResourceSchema(ENTERPRISE_USER_ID,
            "EnterpriseUser", "Attributes an organisation keeps about its staff",
            enterpriseAttributes());

    /** urn:ietf:params:scim:schemas:core:2.0:Group (RFC 7643 §4.2). */
    public static final ResourceSchema GROUP = new ResourceSchema(GROUP_ID, "Group",
            "A named set of users and groups", groupAttributes());

    private ScimSchemas() {
    }

    private static List<AttributeDefinition> userAttributes() {
        return build(
                string("userName", "Name the user signs in with; unique within the service")
                        .required().uniqueness(Uniqueness.SERVER),
                complex("name", "The parts of the person's name",
                        string("formatted", "The whole name as it is displayed"),
                        string("familyName", "Last name in most Western languages"),
                        string("givenName", "First name in most Western languages"),
                        string("middleName", "Names between given and family name"),
                        string("honorificPrefix", "Title before the name, such as Dr."),
                        string("honorificSuffix", "Suffix after the name, such as III")),
                string("displayName", "Name to show to end users"),
                string("nickName", "Casual name the person goes by"),
                reference("profileUrl", "Address of the person's online profile", "external"),
                string("title", "Job title"),
                string("userType", "How the organisation classifies the person"),
                string("preferredLanguage", "Preferred written or spoken language"),
                string("locale", "Locale for dates, numbers and currency"),
                string("timezone", "Time zone in IANA database form"),
                bool("active", "Whether the account may be used"),
                string("password", "Clear-text password; accepted, never returned")
                        .writeOnly().returned(Returned.NEVER),
                plural("emails", "Email addresses",
                        string("value", "The email address"), "work", "home", "other"),
                plural("phoneNumbers", "Telephone numbers",
                        string("value", "The number, ideally as a tel: URI"),
                        "work", "home", "mobile", "fax", "pager", "other"),
                plural("ims", "Instant messaging handles",
                        string("value", "The handle"),
                        "aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"),
                plural("photos", "Pictures of the person",
                        reference("value", "URL of the picture", "external"),
                        "photo", "thumbnail"),
                addresses(),
                groups(),
                plural("entitlements", "Things the person is entitled to",
                        string("value", "The entitlement")),
                plural("roles", "Roles the person holds",
                        string("value", "The role")),
                plural("x509Certificates", "Certificates issued to the person",
                        binary("value", "DER certificate, base64 encoded")));
    }

    private static Builder addresses() {
        return complex("addresses", "Postal addresses",
                string("formatted", "The whole address as printed on a label"),
                string("streetAddress", "Street, house number and similar"),
                string("locality", "City or town"),
                string("region", "State or region"),
                string("postalCode", "Postal or zip code"),
                string("country", "Country as an ISO 3166-1 alpha-2 code"),
                string("type", "Kind of address").canonicalValues("work", "home", "other"),
                bool("primary", "Whether this is the preferred address"))
                .multiValued();
    }

    /** Kept by the service from group memberships; clients read it only (RFC 7643 §4.1.2). */
    private static Builder groups() {
        return complex("groups", "Groups the person belongs to",
                string("value", "id of the group").readOnly(),
                reference("$ref", "URI of the group", "User", "Group").readOnly(),
                string("display", "Name of the group").readOnly(),
                string("type", "Whether membership is direct or through another group")
                        .canonicalValues("direct", "indirect").readOnly())
                .multiValued().readOnly();
    }

    private static List<AttributeDefinition> enterpriseAttributes() {
        return build(
                string("employeeNumber", "Number the organisation gave the person"),
                string("costCenter", "Cost centre the person is charged to"),
                string("organization", "Organisation the person belongs to"),
                string("division", "Division the person belongs to"),
                string("department", "Department the person belongs to"),
                complex("manager", "The person's manager",
                        string("value", "id of the manager's User resource"),
                        reference("$ref", "URI of the manager's User resource", "User"),
                        string("displayName", "Name of the manager").readOnly()));
    }

    private static List<AttributeDefinition> groupAttributes() {
        return build(
                string("displayName", "Name of the group").required(),
                complex("members", "Users and groups in the group",
                        string("value", "id of the member").immutable(),
                        reference("$ref", "URI of the member", "User", "Group").immutable(),
                        string("display", "Name of the member"),
                        string("type", "Kind of member").canonicalValues("User", "Group")
                                .immutable())
                        .multiValued());
    }

    /** The value/display/type/primary shape shared by most plural attributes (§2.4). */
    private static Builder plural(String name, String description, Builder value,
            String... types) {
        return complex(name, description,
                value,
                string("display", "Text to show for the value"),
                string("type", "Kind of value").canonicalValues(types),
                bool("primary", "Whether this is the preferred value"))
                .multiValued();
    }

    private static List<AttributeDefinition> build(Builder... builders) {
        return Arrays.stream(builders).map(Builder::build).toList();
    }
}
