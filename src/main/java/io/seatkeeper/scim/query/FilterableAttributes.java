package io.seatkeeper.scim.query;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.AttributePath;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The filterable attributes of one resource type: singular ones by lower-cased dotted name
 * ({@code name.givenname}), multi-valued ones by lower-cased attribute name, plus the schema
 * URNs (core and extensions) that a path may be qualified with. Each resource type has one
 * table, equal only to itself, so that it is cheap to compare as part of a query's shape.
 */
public final class FilterableAttributes {

    private final Map<String, String> schemaPrefixes;
    private final Map<String, Column> columns;
    private final Map<String, MultiValued> multiValued;

    /**
     * @param schemaPrefixes lower-cased schema URN to the prefix its attributes carry in
     *     {@code columns}: "" for the core schema, e.g. "enterprise." for an extension
     */
    public FilterableAttributes(Map<String, String> schemaPrefixes,
            Map<String, Column> columns, Map<String, MultiValued> multiValued) {
        this.schemaPrefixes = Map.copyOf(schemaPrefixes);
        this.columns = Map.copyOf(columns);
        this.multiValued = Map.copyOf(multiValued);
    }

    /** The column of a singular attribute (or sub-attribute of a complex one). */
    public Column column(AttributePath path) {
        Column column = columns.get(key(path));
        if (column == null) {
            throw invalid("Unknown or unfilterable attribute '" + path + "'");
        }
        return column;
    }

    /** The multi-valued attribute a path names, if it names one. */
    public Optional<MultiValued> multiValued(AttributePath path) {
        return Optional.ofNullable(multiValued.get(prefix(path)
                + path.attribute().toLowerCase(Locale.ROOT)));
    }

    private String key(AttributePath path) {
        return prefix(path) + path.dotted().toLowerCase(Locale.ROOT);
    }

    private String prefix(AttributePath path) {
        if (path.schema() == null) {
            return "";
        }
        String prefix = schemaPrefixes.get(path.schema().toLowerCase(Locale.ROOT));
        if (prefix == null) {
            throw invalid("Unknown schema in attribute '" + path + "'");
        }
        return prefix;
    }

    static ScimException invalid(String detail) {
        return ScimException.badRequest(ScimType.INVALID_FILTER, detail);
    }
}
