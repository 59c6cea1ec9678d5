package io.seatkeeper.scim.query;

import java.util.List;

/**
 * Where a SCIM attribute is stored (a path of entity properties, such as
 * {@code name.givenName}) and how its values compare.
 */
public record Column(Kind kind, List<String> path) {

    /** How values of an attribute compare (RFC 7643 §2.3, caseExact of §7). */
    public enum Kind {
        /** A string compared without regard to case. */
        TEXT,
        /** A string compared exactly. */
        EXACT_TEXT,
        /** A string stored in lower case, so compared without regard to case by an index. */
        LOWERED_TEXT,
        BOOLEAN,
        TIMESTAMP,
        /** A UUID identifier; a value that is not a UUID matches nothing. */
        IDENTIFIER
    }

    public Column {
        path = List.copyOf(path);
    }

    public static Column of(Kind kind, String... path) {
        return new Column(kind, List.of(path));
    }
}
