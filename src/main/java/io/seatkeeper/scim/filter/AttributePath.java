package io.seatkeeper.scim.filter;

import java.util.Objects;

/**
 * An attribute as a filter or PATCH path names it: an optional schema URN, an attribute and
 * an optional sub-attribute ({@code name.familyName}). Names keep the case they were written
 * in; attribute names are compared without regard to case (RFC 7643 §2.1).
 */
public record AttributePath(String schema, String attribute, String subAttribute) {

    public AttributePath {
        Objects.requireNonNull(attribute);
    }

    public static AttributePath of(String attribute) {
        return new AttributePath(null, attribute, null);
    }

    public static AttributePath of(String attribute, String subAttribute) {
        return new AttributePath(null, attribute, subAttribute);
    }

    /** {@code attribute} or {@code attribute.subAttribute}, without the schema. */
    public String dotted() {
        return subAttribute == null ? attribute : attribute + "." + subAttribute;
    }

    @Override
    public String toString() {
        String prefix = schema == null ? "" : schema + ":";
        return prefix + dotted();
    }
}
