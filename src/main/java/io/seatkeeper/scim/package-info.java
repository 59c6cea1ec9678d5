/**
 * The SCIM 2.0 protocol boundary (RFC 7643, RFC 7644): the JAX-RS application under
 * {@code /scim/v2}, bearer-key authentication that sets the request's tenant, the error
 * model and its mappers, list responses, and the filter and PATCH machinery that the
 * resources of {@code scim.user} use.
 */
package io.seatkeeper.scim;
