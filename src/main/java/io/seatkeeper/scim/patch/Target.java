package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.schema.AttributeDefinition;
import io.seatkeeper.scim.schema.ResourceSchema;

/**
 * What one operation, or one member of a path-less value, acts on: an attribute of a schema,
 * optionally narrowed by a value filter and a sub-attribute. {@code extensionUrn} is null for
 * the core schema, whose attributes sit at the top level of the resource (RFC 7643 §3.3).
 * A target without an attribute is a whole extension object.
 */
record Target(ResourceSchema schema, String extensionUrn, AttributeDefinition attribute,
        Filter filter, AttributeDefinition subAttribute) {

    static Target wholeExtension(ResourceSchema extension) {
        return new Target(extension, extension.id(), null, null, null);
    }

    boolean isWholeExtension() {
        return attribute == null;
    }

    /** The attribute's name as error details show it: {@code emails.value}, {@code active}. */
    String label() {
        if (attribute == null) {
            return schema.id();
        }
        return subAttribute == null ? attribute.name()
                : attribute.name() + "." + subAttribute.name();
    }
}
