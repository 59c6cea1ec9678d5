package io.seatkeeper.scim.filter;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes a {@link Filter} back as SCIM filter text that parses to an equal tree. It adds
 * parentheses only where the precedence of "not", "and" and "or" needs them, so the text is
 * never nested deeper than the filter it was parsed from.
 */
final class FilterPrinter {

    private FilterPrinter() {
    }

    static String print(Filter filter) {
        StringBuilder out = new StringBuilder();
        append(out, filter);
        return out.toString();
    }

    private static void append(StringBuilder out, Filter filter) {
        if (filter instanceof Filter.Or or) {
            append(out, or.left());
            out.append(" or ");
            appendGroupedIf(or.right() instanceof Filter.Or, out, or.right());
        } else if (filter instanceof Filter.And and) {
            appendGroupedIf(and.left() instanceof Filter.Or, out, and.left());
            out.append(" and ");
            boolean logical = and.right() instanceof Filter.Or
                    || and.right() instanceof Filter.And;
            appendGroupedIf(logical, out, and.right());
        } else if (filter instanceof Filter.Not not) {
            out.append("not");
            appendGroupedIf(true, out, not.inner());
        } else if (filter instanceof Filter.ValuePath valuePath) {
            out.append(valuePath.attribute()).append('[');
            append(out, valuePath.filter());
            out.append(']');
        } else if (filter instanceof Filter.Present present) {
            out.append(present.path()).append(" pr");
        } else {
            Filter.Comparison comparison = (Filter.Comparison) filter;
            out.append(comparison.path()).append(' ')
                    .append(comparison.operator().name().toLowerCase(Locale.ROOT)).append(' ');
            appendValue(out, comparison.value());
        }
    }

    private static void appendGroupedIf(boolean grouped, StringBuilder out, Filter filter) {
        if (grouped) {
            out.append('(');
        }
        append(out, filter);
        if (grouped) {
            out.append(')');
        }
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value instanceof String text) {
            appendString(out, text);
        } else if (value instanceof BigDecimal number) {
            out.append(number);
        } else {
            out.append(value);
        }
    }

    /** A JSON string (RFC 8259 §7), escaping only what must be escaped. */
    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
