package io.seatkeeper.scim.query;

import static io.seatkeeper.scim.query.FilterableAttributes.invalid;

import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.Operator;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Translates a SCIM filter (RFC 7644 §3.4.2.2) into a JPA criteria predicate, so that
 * filtering runs in the database. Attribute names are matched without regard to case, string
 * comparisons follow each attribute's {@code caseExact}, and a condition on a multi-valued
 * attribute becomes an {@code exists} subquery over its values.
 */
public final class FilterPredicates {

    private final CriteriaBuilder cb;
    private final AbstractQuery<?> query;
    private final Root<?> root;
    private final FilterableAttributes attributes;
    private final QueryParameters parameters;

    private FilterPredicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root,
            FilterableAttributes attributes, QueryParameters parameters) {
        this.cb = cb;
        this.query = query;
        this.root = root;
        this.attributes = attributes;
        this.parameters = parameters;
    }

    /**
     * The predicate for {@code filter} over {@code root}'s rows, with the filter's values
     * bound in {@code parameters}.
     *
     * @throws io.seatkeeper.scim.ScimException 400 invalidFilter for an unknown attribute or a
     *     comparison the attribute's type does not allow
     */
    public static Predicate of(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root,
            FilterableAttributes attributes, Filter filter, QueryParameters parameters) {
        return new FilterPredicates(cb, query, root, attributes, parameters)
                .onResource(filter);
    }

    /**
     * What the predicate that {@link #of} makes for {@code filter} depends on besides its
     * parameters' values: the filter with each value replaced by what the translation looks
     * at in it (whether it is null, its type, and whether a string reads as an id). Two
     * filters of the same shape give predicates that differ only in their parameters.
     */
    public static Filter shape(Filter filter) {
        if (filter instanceof Filter.And and) {
            return new Filter.And(shape(and.left()), shape(and.right()));
        } else if (filter instanceof Filter.Or or) {
            return new Filter.Or(shape(or.left()), shape(or.right()));
        } else if (filter instanceof Filter.Not not) {
            return new Filter.Not(shape(not.inner()));
        } else if (filter instanceof Filter.ValuePath valuePath) {
            return new Filter.ValuePath(valuePath.attribute(), shape(valuePath.filter()));
        } else if (filter instanceof Filter.Comparison comparison) {
            return new Filter.Comparison(comparison.path(), comparison.operator(),
                    valueShape(comparison.value()));
        }
        return filter;
    }

    /** See {@link #compareIdentifier}: a string that is no id matches no row. */
    private enum ValueShape { TEXT, ID }

    private static Object valueShape(Object value) {
        if (!(value instanceof String text)) {
            return value == null ? null : value.getClass();
        }
        return idOrNull(text) == null ? ValueShape.TEXT : ValueShape.ID;
    }

    private Predicate onResource(Filter filter) {
        if (filter instanceof Filter.And and) {
            return cb.and(onResource(and.left()), onResource(and.right()));
        } else if (filter instanceof Filter.Or or) {
            return cb.or(onResource(or.left()), onResource(or.right()));
        } else if (filter instanceof Filter.Not not) {
            return negation(onResource(not.inner()));
        } else if (filter instanceof Filter.ValuePath valuePath) {
            MultiValued values = attributes.multiValued(valuePath.attribute())
                    .orElseThrow(() -> invalid("'" + valuePath.attribute()
                            + "' is not a multi-valued attribute that can be filtered"));
            return anyValue(values, valuePath.filter());
        } else if (filter instanceof Filter.Present present) {
            return attributes.multiValued(present.path())
                    .map(values -> anyValue(values, subPresent(values, present.path())))
                    .orElseGet(() -> present(root, attributes.column(present.path())));
        }
        Filter.Comparison comparison = (Filter.Comparison) filter;
        return attributes.multiValued(comparison.path())
                .map(values -> anyValue(values, onSubAttribute(values, comparison)))
                .orElseGet(() -> compare(root, attributes.column(comparison.path()), comparison));
    }

    /** {@code emails.value eq "x"} reads as {@code emails[value eq "x"]}. */
    private static Filter onSubAttribute(MultiValued values, Filter.Comparison comparison) {
        return new Filter.Comparison(subPath(values, comparison.path()),
                comparison.operator(), comparison.value());
    }

    /** {@code emails pr} is true when there is a value; {@code emails.type pr} needs a type. */
    private static Filter subPresent(MultiValued values, AttributePath path) {
        return path.subAttribute() == null ? null : new Filter.Present(subPath(values, path));
    }

    private static AttributePath subPath(MultiValued values, AttributePath path) {
        return AttributePath.of(path.subAttribute() == null
                ? values.defaultSubAttribute() : path.subAttribute());
    }

    /** True when one value matches {@code filter} (any value, when it is null). */
    private Predicate anyValue(MultiValued values, Filter filter) {
        Subquery<Integer> exists = query.subquery(Integer.class);
        MultiValued.Values opened = values.open(cb, exists, root);
        Predicate match = filter == null
                ? cb.conjunction() : onValue(values, opened.values(), filter);
        exists.select(cb.literal(1))
                .where(opened.link() == null ? match : cb.and(opened.link(), match));
        return cb.exists(exists);
    }

    private Predicate onValue(MultiValued values, From<?, ?> value, Filter filter) {
        if (filter instanceof Filter.And and) {
            return cb.and(onValue(values, value, and.left()), onValue(values, value, and.right()));
        } else if (filter instanceof Filter.Or or) {
            return cb.or(onValue(values, value, or.left()), onValue(values, value, or.right()));
        } else if (filter instanceof Filter.Not not) {
            return negation(onValue(values, value, not.inner()));
        } else if (filter instanceof Filter.Present present) {
            return present(value, subColumn(values, present.path()));
        } else if (filter instanceof Filter.Comparison comparison) {
            return compare(value, subColumn(values, comparison.path()), comparison);
        }
        throw invalid("A value filter cannot contain another value filter");
    }

    /**
     * True wherever {@code filter} is not (RFC 7644 §3.4.2.2), a missing value included. SQL's
     * NOT of a comparison with NULL is unknown, which no row passes: {@code not (title eq
     * "x")} would leave out every user without a title, whom {@code title ne "x"} takes in.
     * So the filter is first made true or false.
     */
    private Predicate negation(Predicate filter) {
        Expression<Integer> matched = cb.<Integer>selectCase()
                .when(filter, cb.literal(1))
                .otherwise(cb.literal(0));
        return cb.equal(matched, cb.literal(0));
    }

    private static Column subColumn(MultiValued values, AttributePath path) {
        Column column = path.subAttribute() == null && path.schema() == null
                ? values.subAttributes().get(path.attribute().toLowerCase(Locale.ROOT)) : null;
        if (column == null) {
            throw invalid("'" + path + "' is not a sub-attribute that can be filtered");
        }
        return column;
    }

    private Predicate present(From<?, ?> from, Column column) {
        Path<Object> path = path(from, column);
        if (column.kind() == Column.Kind.BOOLEAN || column.kind() == Column.Kind.TIMESTAMP
                || column.kind() == Column.Kind.IDENTIFIER) {
            return cb.isNotNull(path);
        }
        return cb.and(cb.isNotNull(path), cb.notEqual(path.as(String.class), ""));
    }

    private Predicate compare(From<?, ?> from, Column column, Filter.Comparison comparison) {
        Path<Object> path = path(from, column);
        Operator op = comparison.operator();
        Object value = comparison.value();
        String name = comparison.path().toString();
        if (value == null) {
            return comparedWithNull(path, op, name);
        }
        switch (column.kind()) {
            case BOOLEAN:
                return compareBoolean(path, op, value, name);
            case TIMESTAMP:
                return compareTimestamp(path.as(Instant.class), op, value, name);
            case IDENTIFIER:
                return compareIdentifier(path, op, value, name);
            default:
                return compareText(path.as(String.class), column.kind(), op, value, name);
        }
    }

    private Predicate comparedWithNull(Path<Object> path, Operator op, String name) {
        if (op == Operator.EQ) {
            return cb.isNull(path);
        } else if (op == Operator.NE) {
            return cb.isNotNull(path);
        }
        throw invalid("'" + name + "' can be compared with null only by eq or ne");
    }

    private Predicate compareText(Expression<String> column, Column.Kind kind, Operator op,
            Object value, String name) {
        if (!(value instanceof String text)) {
            throw invalid("'" + name + "' is compared with a string value");
        }
        Expression<String> left = kind == Column.Kind.TEXT ? cb.lower(column) : column;
        String right = kind == Column.Kind.EXACT_TEXT ? text : text.toLowerCase(Locale.ROOT);
        switch (op) {
            case EQ:
                return cb.equal(left, text(right));
            case NE:
                return cb.or(cb.isNull(column), cb.notEqual(left, text(right)));
            case CO:
                return cb.like(left, text("%" + escapeLike(right) + "%"), '\\');
            case SW:
                return cb.like(left, text(escapeLike(right) + "%"), '\\');
            case EW:
                return cb.like(left, text("%" + escapeLike(right)), '\\');
            case GT:
                return cb.greaterThan(left, text(right));
            case GE:
                return cb.greaterThanOrEqualTo(left, text(right));
            case LT:
                return cb.lessThan(left, text(right));
            default:
                return cb.lessThanOrEqualTo(left, text(right));
        }
    }

    private Predicate compareBoolean(Path<Object> column, Operator op, Object value,
            String name) {
        if (!(value instanceof Boolean flag) || (op != Operator.EQ && op != Operator.NE)) {
            throw invalid("'" + name + "' is a boolean: use eq or ne with true or false");
        }
        Expression<Boolean> bound = parameters.bind(Boolean.class, flag);
        return op == Operator.EQ ? cb.equal(column, bound) : cb.notEqual(column, bound);
    }

    private Predicate compareTimestamp(Expression<Instant> column, Operator op, Object value,
            String name) {
        Expression<Instant> instant = parameters.bind(Instant.class, parseInstant(value, name));
        switch (op) {
            case EQ:
                return cb.equal(column, instant);
            case NE:
                return cb.notEqual(column, instant);
            case GT:
                return cb.greaterThan(column, instant);
            case GE:
                return cb.greaterThanOrEqualTo(column, instant);
            case LT:
                return cb.lessThan(column, instant);
            case LE:
                return cb.lessThanOrEqualTo(column, instant);
            default:
                throw invalid("'" + name + "' is a dateTime: use eq, ne, gt, ge, lt or le");
        }
    }

    private static Instant parseInstant(Object value, String name) {
        try {
            return java.time.OffsetDateTime.parse((String) value).toInstant();
        } catch (ClassCastException | DateTimeParseException e) {
            throw invalid("'" + name + "' is compared with a dateTime such as"
                    + " \"2026-01-31T12:00:00Z\"");
        }
    }

    /** Ids are UUIDs; a value that is not one matches no row rather than failing. */
    private Predicate compareIdentifier(Path<Object> column, Operator op, Object value,
            String name) {
        if (!(value instanceof String text) || (op != Operator.EQ && op != Operator.NE)) {
            throw invalid("'" + name + "' can be compared by eq or ne with a string");
        }
        UUID id = idOrNull(text);
        if (id == null) {
            return op == Operator.EQ ? cb.disjunction() : cb.conjunction();
        }
        Expression<UUID> bound = parameters.bind(UUID.class, id);
        return op == Operator.EQ ? cb.equal(column, bound) : cb.notEqual(column, bound);
    }

    private static UUID idOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Expression<String> text(String value) {
        return parameters.bind(String.class, value);
    }

    @SuppressWarnings("unchecked")
    static Path<Object> path(From<?, ?> from, Column column) {
        Path<?> path = from;
        for (String step : column.path()) {
            path = path.get(step);
        }
        return (Path<Object>) path;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
