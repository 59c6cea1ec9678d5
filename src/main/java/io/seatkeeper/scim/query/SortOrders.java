package io.seatkeeper.scim.query;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * The ORDER BY of a query (RFC 7644 §3.4.2.3): the requested attribute first, then creation
 * time and id, so that equal values still come in the same order on every page.
 */
public final class SortOrders {

    private SortOrders() {
    }

    public static List<Order> of(CriteriaBuilder cb, Root<?> root, FilterableAttributes attributes,
            ResourceQuery query) {
        List<Order> orders = new ArrayList<>();
        if (query.sortBy() != null) {
            if (attributes.multiValued(query.sortBy()).isPresent()) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE,
                        "Sorting by the multi-valued attribute '" + query.sortBy()
                                + "' is not supported");
            }
            Column column = sortColumn(attributes, query);
            Expression<?> key = column.kind() == Column.Kind.TEXT
                    ? cb.lower(FilterPredicates.path(root, column).as(String.class))
                    : FilterPredicates.path(root, column);
            orders.add(query.descending() ? cb.desc(key) : cb.asc(key));
        } else {
            // One organization's rows only, so this changes no order; but it names the
            // (organization, created, id) index in full, and H2 then reads the page from that
            // index in order, where it otherwise sorted the whole organization for each page.
            orders.add(cb.asc(root.get("organizationId")));
        }
        orders.add(cb.asc(root.get("created")));
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    private static Column sortColumn(FilterableAttributes attributes, ResourceQuery query) {
        try {
            return attributes.column(query.sortBy());
        } catch (ScimException e) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "Cannot sort by '" + query.sortBy() + "': no such sortable attribute");
        }
    }
}
