/**
 * SCIM discovery (RFC 7644 §4): {@code /ServiceProviderConfig}, {@code /ResourceTypes} and
 * {@code /Schemas}, which tell a client what this service supports, which resources it serves
 * at which endpoints, and every attribute of their schemas with its characteristics (RFC 7643
 * §5 to §7). The documents are the same for every organization and are built from the
 * constants here and the schema model of {@code scim.schema}; only {@code meta.location}
 * depends on the request. They sit behind the API key like the rest of {@code /scim/v2}.
 */
package io.seatkeeper.scim.discovery;
