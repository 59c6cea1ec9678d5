package io.seatkeeper.group;

import io.seatkeeper.scim.query.Column;
import io.seatkeeper.scim.query.Column.Kind;
import io.seatkeeper.scim.query.FilterableAttributes;
import io.seatkeeper.scim.query.MultiValued;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Locale;
import java.util.Map;

/** Where each filterable SCIM Group attribute (RFC 7643 §4.2) is stored. */
final class GroupFilters {

    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

    /** Members are rows of their own: a subquery over the group's memberships. */
    private static final MultiValued MEMBERS = new MultiValued() {
        @Override
        public Values open(CriteriaBuilder cb, Subquery<Integer> subquery, Root<?> owner) {
            Root<GroupMembership> membership = subquery.from(GroupMembership.class);
            return new Values(membership,
                    cb.equal(membership.get("groupId"), owner.get("id")));
        }

        @Override
        public Map<String, Column> subAttributes() {
            return Map.of("value", Column.of(Kind.IDENTIFIER, "userId"));
        }
    };

    static final FilterableAttributes ATTRIBUTES = new FilterableAttributes(
            Map.of(GROUP_SCHEMA.toLowerCase(Locale.ROOT), ""),
            Map.of(
                    "id", Column.of(Kind.IDENTIFIER, "id"),
                    "externalid", Column.of(Kind.EXACT_TEXT, "externalId"),
                    "displayname", Column.of(Kind.LOWERED_TEXT, "displayNameKey"),
                    "meta.created", Column.of(Kind.TIMESTAMP, "created"),
                    "meta.lastmodified", Column.of(Kind.TIMESTAMP, "lastModified")),
            Map.of("members", MEMBERS));

    private GroupFilters() {
    }
}
