package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.schema.AttributeDefinition;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * Enforces RFC 7643 §2.2 "mutability" for PATCH (RFC 7644 §3.5.2): a readOnly value may be
 * sent only as it already is, in which case the operation is a no-op; an immutable value may
 * be set while it has none and then only be sent unchanged.
 */
final class MutabilityCheck {

    private MutabilityCheck() {
    }

    /** {@code before} is the stored value, {@code after} the one to store; null is none. */
    static void check(AttributeDefinition attribute, JsonValue before, JsonValue after,
            String label) {
        if (Objects.equals(before, after)) {
            return;
        }
        switch (attribute.mutability()) {
            case READ_ONLY -> throw mutability("Attribute '" + label + "' is readOnly");
            case IMMUTABLE -> {
                if (before != null) {
                    throw mutability("Attribute '" + label
                            + "' is immutable and already has a value");
                }
            }
            default -> {
            }
        }
    }

    private static ScimException mutability(String detail) {
        return ScimException.badRequest(ScimType.MUTABILITY, detail);
    }
}
