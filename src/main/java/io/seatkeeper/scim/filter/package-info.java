/**
 * The SCIM filter language (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2): a parser that turns
 * text into a small immutable tree, with errors that say where the text went wrong. What the
 * tree means is up to its readers: database queries and the PATCH engine.
 */
package io.seatkeeper.scim.filter;
