package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.filter.PatchPath;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One entry of a PATCH request's {@code Operations} (RFC 7644 §3.5.2). {@code path} is null when
 * the request named none, in which case the value is an object of attributes; {@code value} is
 * null for a remove without a value list.
 */
public record PatchOperation(Op op, PatchPath path, JsonValue value) {

    /** The operations this server supports; RFC 7644 §3.5.2 defines exactly these three. */
    public enum Op {
        ADD, REPLACE, REMOVE
    }

    public PatchOperation {
        Objects.requireNonNull(op);
    }
}
