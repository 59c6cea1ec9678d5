package io.seatkeeper.scim.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema as RFC 7643 §7 describes it: a URN, a name, a description and its attributes. The
 * same type serves for core schemas (User, Group) and for extensions (enterprise User).
 */
public record ResourceSchema(
        String id, String name, String description, List<AttributeDefinition> attributes) {

    public ResourceSchema {
        Objects.requireNonNull(id);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** The attribute with this name, compared without regard to case (RFC 7643 §2.1). */
    public Optional<AttributeDefinition> attribute(String attributeName) {
        return attributes.stream()
                .filter(attribute -> attribute.name().equalsIgnoreCase(attributeName))
                .findFirst();
    }
}
