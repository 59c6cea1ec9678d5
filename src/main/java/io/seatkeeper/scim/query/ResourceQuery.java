package io.seatkeeper.scim.query;

import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;

/**
 * What a list or search request asks for (RFC 7644 §3.4.2): a filter (null for all), an
 * order (null {@code sortBy} for the default, creation order) and a page, either by
 * {@code startIndex} or, when {@code cursorPaging} is set, after {@code after} (RFC 9865;
 * null for the first page).
 */
public record ResourceQuery(Filter filter, AttributePath sortBy, boolean descending,
        int startIndex, int count, boolean cursorPaging, Cursor after) {

    /** A query paged by index. */
    public ResourceQuery(Filter filter, AttributePath sortBy, boolean descending,
            int startIndex, int count) {
        this(filter, sortBy, descending, startIndex, count, false, null);
    }
}
