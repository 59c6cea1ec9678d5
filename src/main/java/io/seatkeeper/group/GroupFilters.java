package io.seatkeeper.group;

import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.query.Column;
import io.seatkeeper.scim.query.Column.Kind;
import io.seatkeeper.scim.query.FilterPredicates;
import io.seatkeeper.scim.query.FilterableAttributes;
import io.seatkeeper.scim.query.MultiValued;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

    static Predicate restrict(CriteriaBuilder cb, AbstractQuery<?> query, Root<Group> group,
            UUID organizationId, Filter filter) {
        Predicate tenant = cb.equal(group.get("organizationId"), organizationId);
        if (filter == null) {
            return tenant;
        }
        return cb.and(tenant, FilterPredicates.of(cb, query, group, ATTRIBUTES, filter));
    }
}
