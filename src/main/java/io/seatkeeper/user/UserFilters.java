package io.seatkeeper.user;

import io.seatkeeper.scim.query.Column;
import io.seatkeeper.scim.query.Column.Kind;
import io.seatkeeper.scim.query.FilterableAttributes;
import io.seatkeeper.scim.query.MultiValued;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Locale;
import java.util.Map;

/**
 * Where each filterable SCIM User attribute (RFC 7643 §4.1) is stored, for filters that run
 * in the database.
 */
final class UserFilters {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE_SCHEMA =
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    /** How the extension's attributes are keyed below; they are always URN-qualified. */
    private static final String ENTERPRISE = "enterprise.";

    /** Sub-attributes of one e-mail address. */
    private static final MultiValued EMAILS = new MultiValued() {
        @Override
        public Values open(CriteriaBuilder cb, Subquery<Integer> subquery, Root<?> owner) {
            @SuppressWarnings("unchecked")
            Root<User> user = subquery.correlate((Root<User>) owner);
            return new Values(user.join("emails"), null);
        }

        @Override
        public Map<String, Column> subAttributes() {
            return Map.of(
                    "value", Column.of(Kind.TEXT, "value"),
                    "type", Column.of(Kind.TEXT, "type"),
                    "primary", Column.of(Kind.BOOLEAN, "primary"),
                    "display", Column.of(Kind.TEXT, "display"));
        }
    };

    static final FilterableAttributes ATTRIBUTES = new FilterableAttributes(
            Map.of(USER_SCHEMA.toLowerCase(Locale.ROOT), "",
                    ENTERPRISE_SCHEMA.toLowerCase(Locale.ROOT), ENTERPRISE),
            Map.ofEntries(
                    Map.entry("id", Column.of(Kind.IDENTIFIER, "id")),
                    Map.entry("externalid", Column.of(Kind.EXACT_TEXT, "externalId")),
                    Map.entry("username", Column.of(Kind.LOWERED_TEXT, "userNameKey")),
                    Map.entry("displayname", Column.of(Kind.TEXT, "displayName")),
                    Map.entry("nickname", Column.of(Kind.TEXT, "nickName")),
                    Map.entry("profileurl", Column.of(Kind.TEXT, "profileUrl")),
                    Map.entry("title", Column.of(Kind.TEXT, "title")),
                    Map.entry("usertype", Column.of(Kind.TEXT, "userType")),
                    Map.entry("preferredlanguage", Column.of(Kind.TEXT, "preferredLanguage")),
                    Map.entry("locale", Column.of(Kind.TEXT, "locale")),
                    Map.entry("timezone", Column.of(Kind.TEXT, "timezone")),
                    Map.entry("active", Column.of(Kind.BOOLEAN, "active")),
                    Map.entry("name.formatted", Column.of(Kind.TEXT, "name", "formatted")),
                    Map.entry("name.familyname", Column.of(Kind.TEXT, "name", "familyName")),
                    Map.entry("name.givenname", Column.of(Kind.TEXT, "name", "givenName")),
                    Map.entry("name.middlename", Column.of(Kind.TEXT, "name", "middleName")),
                    Map.entry("name.honorificprefix",
                            Column.of(Kind.TEXT, "name", "honorificPrefix")),
                    Map.entry("name.honorificsuffix",
                            Column.of(Kind.TEXT, "name", "honorificSuffix")),
                    Map.entry("meta.created", Column.of(Kind.TIMESTAMP, "created")),
                    Map.entry("meta.lastmodified", Column.of(Kind.TIMESTAMP, "lastModified")),
                    Map.entry(ENTERPRISE + "employeenumber",
                            Column.of(Kind.EXACT_TEXT, "enterprise", "employeeNumber")),
                    Map.entry(ENTERPRISE + "costcenter",
                            Column.of(Kind.TEXT, "enterprise", "costCenter")),
                    Map.entry(ENTERPRISE + "organization",
                            Column.of(Kind.TEXT, "enterprise", "organization")),
                    Map.entry(ENTERPRISE + "division",
                            Column.of(Kind.TEXT, "enterprise", "division")),
                    Map.entry(ENTERPRISE + "department",
                            Column.of(Kind.TEXT, "enterprise", "department")),
                    Map.entry(ENTERPRISE + "manager.value",
                            Column.of(Kind.EXACT_TEXT, "enterprise", "managerId"))),
            Map.of("emails", EMAILS));

    private UserFilters() {
    }
}
