package io.seatkeeper.scim;

import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.FilterParser;
import io.seatkeeper.scim.filter.FilterSyntaxException;
import io.seatkeeper.scim.filter.PatchPath;
import io.seatkeeper.scim.query.Cursor;
import io.seatkeeper.scim.query.ResourceQuery;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A list request, from the query string of a GET (RFC 7644 §3.4.2) or the body of a POST to
 * {@code .search} (§3.4.3): what to find, in which order, which page, and which attributes
 * to return.
 */
public record ListRequest(ResourceQuery query, String attributes, String excludedAttributes) {

    public static final String SEARCH_SCHEMA =
            "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    /** @param cursor null for paging by index, "" for the first page by cursor (RFC 9865) */
    public static ListRequest of(String filter, String sortBy, String sortOrder,
            String startIndex, String count, String cursor, String attributes,
            String excludedAttributes) {
        Paging paging = Paging.of(startIndex, count);
        AttributePath sortPath = sortPath(sortBy);
        if (cursor != null) {
            requireCursorCompatible(startIndex, sortPath, sortOrder);
        }
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor.strip());
        return new ListRequest(new ResourceQuery(ScimRequests.filter(filter), sortPath,
                descending(sortOrder), paging.startIndex(), paging.count(), cursor != null,
                after), attributes, excludedAttributes);
    }

    /** The ListResponse for a page of resources, in the paging the request asked for. */
    public JsonObject response(List<JsonObject> resources, long totalResults, Cursor next) {
        if (query.cursorPaging()) {
            return ListResponse.ofCursorPage(resources, totalResults,
                    next == null ? null : next.encode());
        }
        return ListResponse.of(resources, totalResults, query.startIndex());
    }

    /** Cursor pages follow creation order, which startIndex and sortBy would contradict. */
    private static void requireCursorCompatible(String startIndex, AttributePath sortBy,
            String sortOrder) {
        if (startIndex != null && !startIndex.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "Page either by startIndex or by cursor, not both");
        }
        if (sortBy != null || (sortOrder != null && !sortOrder.isBlank())) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "Cursor pages come in"
                    + " creation order; sortBy and sortOrder cannot be combined with them");
        }
    }

    /** The body of a POST to {@code .search}; members are named as in the query string. */
    public static ListRequest ofSearch(JsonObject body) {
        ScimJson.requireSchema(body, SEARCH_SCHEMA);
        JsonFields fields = JsonFields.of(body);
        return of(fields.string("filter"), fields.string("sortBy"), fields.string("sortOrder"),
                integer(fields, "startIndex"), integer(fields, "count"), fields.string("cursor"),
                nameList(fields, "attributes"), nameList(fields, "excludedAttributes"));
    }

    /** The selection of returned attributes, for a resource type's schemas. */
    public AttributeSelection selection(String coreSchema, List<String> extensions) {
        return AttributeSelection.of(attributes, excludedAttributes, coreSchema, extensions);
    }

    private static AttributePath sortPath(String sortBy) {
        if (sortBy == null || sortBy.isBlank()) {
            return null;
        }
        try {
            PatchPath path = FilterParser.parsePath(sortBy.strip());
            if (path.valueFilter() == null && path.subAttribute() == null) {
                return path.attribute();
            }
        } catch (FilterSyntaxException e) {
            // told below, in the words of a sort request
        }
        throw ScimException.badRequest(ScimType.INVALID_VALUE,
                "sortBy must name an attribute, such as name.familyName, not '" + sortBy + "'");
    }

    private static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.isBlank()) {
            return false;
        }
        switch (sortOrder.strip().toLowerCase(Locale.ROOT)) {
            case "ascending":
                return false;
            case "descending":
                return true;
            default:
                throw ScimException.badRequest(ScimType.INVALID_VALUE,
                        "sortOrder is 'ascending' or 'descending', not '" + sortOrder + "'");
        }
    }

    private static String integer(JsonFields fields, String name) {
        JsonValue value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.bigIntegerValue().toString();
        }
        throw ScimException.badRequest(ScimType.INVALID_VALUE, "'" + name + "' must be an integer");
    }

    /** RFC 7644 §3.4.3 sends attribute names as an array; a comma-separated string is read too. */
    private static String nameList(JsonFields fields, String name) {
        JsonValue value = fields.get(name);
        if (value == null || value instanceof JsonString) {
            return value == null ? null : ((JsonString) value).getString();
        }
        JsonArray names = fields.array(name);
        if (!names.stream().allMatch(JsonString.class::isInstance)) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "'" + name + "' must be a list of attribute names");
        }
        return names.stream()
                .map(element -> ((JsonString) element).getString())
                .collect(Collectors.joining(","));
    }
}
