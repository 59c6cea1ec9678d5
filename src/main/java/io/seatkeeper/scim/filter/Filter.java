package io.seatkeeper.scim.filter;

import java.util.Objects;

/**
 * A parsed SCIM filter expression (RFC 7644 §3.4.2.2). The tree says nothing about how it is
 * evaluated: the user and group queries translate it to the database, the PATCH engine
 * evaluates value filters in memory.
 */
public sealed interface Filter {

    /** {@code path op value}; the value is a String, Boolean, BigDecimal or null. */
    record Comparison(AttributePath path, Operator operator, Object value) implements Filter {
        public Comparison {
            Objects.requireNonNull(path);
            Objects.requireNonNull(operator);
        }
    }

    /** {@code path pr}. */
    record Present(AttributePath path) implements Filter {
        public Present {
            Objects.requireNonNull(path);
        }
    }

    record And(Filter left, Filter right) implements Filter {
    }

    record Or(Filter left, Filter right) implements Filter {
    }

    record Not(Filter inner) implements Filter {
    }

    /**
     * {@code emails[type eq "work" and value co "@x"]}: true when one value of the
     * multi-valued attribute matches the inner filter, whose paths are sub-attributes.
     */
    record ValuePath(AttributePath attribute, Filter filter) implements Filter {
    }
}
