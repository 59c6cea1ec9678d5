/**
 * SCIM PATCH (RFC 7644 §3.5.2) on the JSON representation of a resource. {@code PatchRequest}
 * reads and checks the request body, {@code PatchEngine} applies the operations against the
 * resource's schemas and returns the new representation, all or nothing, and
 * {@code FilterEvaluator} decides which values of a multi-valued attribute a value filter
 * selects. The package knows JSON-P and the schema model only, not JAX-RS or persistence, so
 * the resource services decide how a patched resource is stored and what errors look like.
 */
package io.seatkeeper.scim.patch;
