package io.seatkeeper.scim.patch;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.Operator;
import io.seatkeeper.scim.schema.AttributeDefinition;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Decides whether one value of a multi-valued complex attribute matches a value filter, as in
 * {@code emails[type eq "work"]} (RFC 7644 §3.4.2.2 and §3.5.2). Paths in the filter name
 * sub-attributes of that attribute, either bare ({@code type}) or qualified
 * ({@code emails.type}).
 */
public final class FilterEvaluator {

    private FilterEvaluator() {
    }

    /**
     * @param filter the filter between the brackets
     * @param attribute the multi-valued complex attribute the element belongs to
     * @param element one of its values
     * @throws ScimException 400 invalidPath for an unknown sub-attribute, 400 invalidFilter for
     *     a comparison the attribute's type does not allow
     */
    public static boolean matches(Filter filter, AttributeDefinition attribute,
            JsonObject element) {
        if (filter instanceof Filter.Comparison comparison) {
            return compare(comparison, attribute, element);
        }
        if (filter instanceof Filter.Present present) {
            return isPresent(JsonValues.get(element, subAttribute(present.path(), attribute)
                    .name()));
        }
        if (filter instanceof Filter.And and) {
            return matches(and.left(), attribute, element)
                    && matches(and.right(), attribute, element);
        }
        if (filter instanceof Filter.Or or) {
            return matches(or.left(), attribute, element)
                    || matches(or.right(), attribute, element);
        }
        if (filter instanceof Filter.Not not) {
            return !matches(not.inner(), attribute, element);
        }
        throw invalidFilter("A value filter cannot contain another value filter");
    }

    /** The sub-attribute a filter path names, bare or qualified with the attribute's name. */
    static AttributeDefinition subAttribute(AttributePath path, AttributeDefinition attribute) {
        boolean qualified = path.subAttribute() != null
                && path.attribute().equalsIgnoreCase(attribute.name());
        String name = qualified ? path.subAttribute() : path.dotted();
        return attribute.subAttribute(name).orElseThrow(() -> ScimException.badRequest(
                ScimType.INVALID_PATH,
                "Attribute '" + attribute.name() + "' has no sub-attribute '" + name + "'"));
    }

    /** RFC 7644 §3.4.2.2 "pr": a non-empty value. */
    private static boolean isPresent(JsonValue value) {
        if (JsonValues.isNull(value)) {
            return false;
        }
        return switch (value.getValueType()) {
            case STRING -> !((JsonString) value).getString().isEmpty();
            case ARRAY -> !value.asJsonArray().isEmpty();
            case OBJECT -> !value.asJsonObject().isEmpty();
            default -> true;
        };
    }

    private static boolean compare(Filter.Comparison comparison, AttributeDefinition attribute,
            JsonObject element) {
        AttributeDefinition sub = subAttribute(comparison.path(), attribute);
        JsonValue actual = JsonValues.get(element, sub.name());
        Operator operator = comparison.operator();
        if (comparison.value() == null) {
            return compareWithNull(operator, actual, sub);
        }
        if (JsonValues.isNull(actual)) {
            checkAllowed(sub, operator);
            return operator == Operator.NE;
        }
        return switch (sub.type()) {
            case BOOLEAN -> compareBoolean(sub, operator, actual, comparison.value());
            case INTEGER, DECIMAL -> compareNumber(sub, operator, actual, comparison.value());
            case DATE_TIME -> compareDateTime(sub, operator, actual, comparison.value());
            case COMPLEX -> throw notComparable(sub, operator);
            default -> compareString(sub, operator, actual, comparison.value());
        };
    }

    /** {@code eq null} matches an unassigned value, {@code ne null} an assigned one. */
    private static boolean compareWithNull(Operator operator, JsonValue actual,
            AttributeDefinition sub) {
        return switch (operator) {
            case EQ -> JsonValues.isNull(actual);
            case NE -> !JsonValues.isNull(actual);
            default -> throw notComparable(sub, operator);
        };
    }

    private static boolean compareString(AttributeDefinition sub, Operator operator,
            JsonValue actual, Object expected) {
        checkAllowed(sub, operator);
        if (!JsonValues.isString(actual) || !(expected instanceof String)) {
            return operator == Operator.NE;
        }
        boolean exact = sub.caseExact() || sub.type() == AttributeDefinition.Type.BINARY;
        String left = fold(((JsonString) actual).getString(), exact);
        String right = fold((String) expected, exact);
        return switch (operator) {
            case EQ -> left.equals(right);
            case NE -> !left.equals(right);
            case CO -> left.contains(right);
            case SW -> left.startsWith(right);
            case EW -> left.endsWith(right);
            default -> ordered(operator, left.compareTo(right));
        };
    }

    private static boolean compareBoolean(AttributeDefinition sub, Operator operator,
            JsonValue actual, Object expected) {
        checkAllowed(sub, operator);
        Boolean wanted = expected instanceof String text ? booleanText(text) : null;
        if (expected instanceof Boolean flag) {
            wanted = flag;
        }
        JsonValue.ValueType type = Boolean.TRUE.equals(wanted) ? JsonValue.ValueType.TRUE
                : JsonValue.ValueType.FALSE;
        boolean equal = wanted != null && actual.getValueType() == type;
        return operator == Operator.EQ ? equal : !equal;
    }

    private static boolean compareNumber(AttributeDefinition sub, Operator operator,
            JsonValue actual, Object expected) {
        checkAllowed(sub, operator);
        if (!(actual instanceof JsonNumber number) || !(expected instanceof BigDecimal wanted)) {
            return operator == Operator.NE;
        }
        return ordered(operator, number.bigDecimalValue().compareTo(wanted));
    }

    private static boolean compareDateTime(AttributeDefinition sub, Operator operator,
            JsonValue actual, Object expected) {
        checkAllowed(sub, operator);
        Instant wanted = expected instanceof String text ? DateTimes.parse(text).orElse(null)
                : null;
        if (wanted == null) {
            throw invalidFilter("'" + expected + "' is not a dateTime for " + sub.name());
        }
        Instant value = JsonValues.isString(actual)
                ? DateTimes.parse(((JsonString) actual).getString()).orElse(null) : null;
        if (value == null) {
            return operator == Operator.NE;
        }
        return ordered(operator, value.compareTo(wanted));
    }

    private static boolean ordered(Operator operator, int order) {
        return switch (operator) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            default -> throw new IllegalStateException("not an ordering: " + operator);
        };
    }

    /**
     * RFC 7644 §3.4.2.2: gt/ge/lt/le on boolean or binary attributes fail with invalidFilter;
     * co/sw/ew only make sense for text.
     */
    private static void checkAllowed(AttributeDefinition sub, Operator operator) {
        boolean textual = sub.type() == AttributeDefinition.Type.STRING
                || sub.type() == AttributeDefinition.Type.REFERENCE
                || sub.type() == AttributeDefinition.Type.BINARY;
        boolean substring = operator == Operator.CO || operator == Operator.SW
                || operator == Operator.EW;
        boolean ordering = operator == Operator.GT || operator == Operator.GE
                || operator == Operator.LT || operator == Operator.LE;
        boolean unordered = sub.type() == AttributeDefinition.Type.BOOLEAN
                || sub.type() == AttributeDefinition.Type.BINARY
                || sub.type() == AttributeDefinition.Type.COMPLEX;
        if ((substring && !textual) || (ordering && unordered)) {
            throw notComparable(sub, operator);
        }
    }

    private static Boolean booleanText(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    private static String fold(String text, boolean caseExact) {
        return caseExact ? text : text.toLowerCase(Locale.ROOT);
    }

    private static ScimException notComparable(AttributeDefinition sub, Operator operator) {
        return invalidFilter("Operator " + operator.name().toLowerCase(Locale.ROOT)
                + " cannot be applied to " + sub.type().wireName() + " attribute "
                + sub.name());
    }

    private static ScimException invalidFilter(String detail) {
        return ScimException.badRequest(ScimType.INVALID_FILTER, detail);
    }
}
