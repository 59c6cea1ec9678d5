package io.seatkeeper.scim.filter;

/**
 * The {@code path} of a PATCH operation (RFC 7644 §3.5.2): an attribute, optionally narrowed
 * by a value filter and followed by a sub-attribute, as in
 * {@code emails[type eq "work"].value}. {@code valueFilter} and {@code subAttribute} may be
 * null; when a filter is present, the sub-attribute is the one after the brackets.
 */
public record PatchPath(AttributePath attribute, Filter valueFilter, String subAttribute) {
}
