package io.seatkeeper.scim.discovery;

import static io.seatkeeper.scim.discovery.DiscoveryDocuments.JSON;

import io.seatkeeper.scim.Paging;
import io.seatkeeper.scim.bulk.BulkLimits;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;

/**
 * The service provider configuration of RFC 7643 §5: what this service supports of the
 * optional parts of RFC 7644. Each advertised value is one constant below, so a feature that
 * is implemented later (sorting, bulk) is announced by changing one line.
 */
final class ServiceProviderConfig {

    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    static final String RESOURCE_TYPE = "ServiceProviderConfig";

    /** PATCH of RFC 7644 §3.5.2, all operations or none. */
    static final boolean PATCH_SUPPORTED = true;

    /** {@code POST /Bulk} (RFC 7644 §3.7), within its limits. */
    static final boolean BULK_SUPPORTED = true;
    static final int BULK_MAX_OPERATIONS = BulkLimits.MAX_OPERATIONS;
    static final int BULK_MAX_PAYLOAD_SIZE = BulkLimits.MAX_PAYLOAD_BYTES;

    /** Filters of RFC 7644 §3.4.2.2; no page is longer than {@link Paging#MAX_PAGE}. */
    static final boolean FILTER_SUPPORTED = true;
    static final int FILTER_MAX_RESULTS = Paging.MAX_PAGE;

    /** Passwords are accepted and never stored, so there is none to change. */
    static final boolean CHANGE_PASSWORD_SUPPORTED = false;

    /** {@code sortBy} and {@code sortOrder} of RFC 7644 §3.4.2.3, on singular attributes. */
    static final boolean SORT_SUPPORTED = true;

    /**
     * Resources carry {@code meta.version} and a weak {@code ETag} header, and
     * {@code If-Match} / {@code If-None-Match} are honoured (RFC 7644 §3.14).
     */
    static final boolean ETAG_SUPPORTED = true;

    /** Both index and cursor pagination (RFC 9865 §5); cursors never expire. */
    static final boolean CURSOR_PAGINATION = true;
    static final boolean INDEX_PAGINATION = true;
    static final String DEFAULT_PAGINATION_METHOD = "index";

    /** Organizations authenticate with their SCIM API key as a bearer token (RFC 6750). */
    static final String AUTHENTICATION_TYPE = "oauthbearertoken";
    static final String AUTHENTICATION_NAME = "Bearer token";
    static final String AUTHENTICATION_DESCRIPTION = "The organization's SCIM API key, which"
            + " its operator generates, sent as 'Authorization: Bearer <key>'";
    static final String AUTHENTICATION_SPEC_URI = "https://www.rfc-editor.org/info/rfc6750";

    /** Built once: the body is the same for every request and every organization. */
    private static final JsonObject DOCUMENT = document();

    private ServiceProviderConfig() {
    }

    /** The configuration with its {@code meta}, at the location the client asked. */
    static JsonObject at(URI location) {
        return DiscoveryDocuments.withMeta(DOCUMENT, RESOURCE_TYPE, location);
    }

    private static JsonObject document() {
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("patch", supported(PATCH_SUPPORTED))
                .add("bulk", supported(BULK_SUPPORTED)
                        .add("maxOperations", BULK_MAX_OPERATIONS)
                        .add("maxPayloadSize", BULK_MAX_PAYLOAD_SIZE))
                .add("filter", supported(FILTER_SUPPORTED)
                        .add("maxResults", FILTER_MAX_RESULTS))
                .add("changePassword", supported(CHANGE_PASSWORD_SUPPORTED))
                .add("sort", supported(SORT_SUPPORTED))
                .add("etag", supported(ETAG_SUPPORTED))
                .add("pagination", JSON.createObjectBuilder()
                        .add("cursor", CURSOR_PAGINATION)
                        .add("index", INDEX_PAGINATION)
                        .add("defaultPaginationMethod", DEFAULT_PAGINATION_METHOD)
                        .add("defaultPageSize", Paging.MAX_PAGE)
                        .add("maxPageSize", Paging.MAX_PAGE))
                .add("authenticationSchemes", JSON.createArrayBuilder().add(bearerToken()))
                .build();
    }

    private static JsonObjectBuilder supported(boolean supported) {
        return JSON.createObjectBuilder().add("supported", supported);
    }

    private static JsonObjectBuilder bearerToken() {
        return JSON.createObjectBuilder()
                .add("type", AUTHENTICATION_TYPE)
                .add("name", AUTHENTICATION_NAME)
                .add("description", AUTHENTICATION_DESCRIPTION)
                .add("specUri", AUTHENTICATION_SPEC_URI)
                .add("primary", true);
    }
}
