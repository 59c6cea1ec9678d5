package io.seatkeeper.user;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.Operator;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Translates a SCIM filter over users (RFC 7644 §3.4.2.2) into a JPA criteria predicate, so
 * that filtering runs in the database. Attribute names are matched without regard to case;
 * string comparisons follow each attribute's {@code caseExact} (RFC 7643 §8.7.1).
 */
final class UserFilters {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

    /** How values of an attribute compare. */
    private enum Kind { TEXT, EXACT_TEXT, LOWERED_TEXT, BOOLEAN, TIMESTAMP, IDENTIFIER }

    private record Column(String[] path, Kind kind) {
        static Column of(Kind kind, String... path) {
            return new Column(path, kind);
        }
    }

    /** The user's singular attributes, by lower-cased SCIM name. */
    private static final Map<String, Column> USER_COLUMNS = Map.ofEntries(
            Map.entry("id", Column.of(Kind.IDENTIFIER, "id")),
            Map.entry("externalid", Column.of(Kind.EXACT_TEXT, "externalId")),
            Map.entry("username", Column.of(Kind.LOWERED_TEXT, "userNameKey")),
            Map.entry("displayname", Column.of(Kind.TEXT, "displayName")),
            Map.entry("nickname", Column.of(Kind.TEXT, "nickName")),
            Map.entry("profileurl", Column.of(Kind.TEXT, "profileUrl")),
            Map.entry("title", Column.of(Kind.TEXT, "title")),
            Map.entry("usertype", Column.of(Kind.TEXT, "userType")),
            Map.entry("preferredlanguage", Column.of(Kind.TEXT, "preferredLanguage")),
            Map.entry("locale", Column.of(Kind.TEXT, "locale")),
            Map.entry("timezone", Column.of(Kind.TEXT, "timezone")),
            Map.entry("active", Column.of(Kind.BOOLEAN, "active")),
            Map.entry("name.formatted", Column.of(Kind.TEXT, "name", "formatted")),
            Map.entry("name.familyname", Column.of(Kind.TEXT, "name", "familyName")),
            Map.entry("name.givenname", Column.of(Kind.TEXT, "name", "givenName")),
            Map.entry("name.middlename", Column.of(Kind.TEXT, "name", "middleName")),
            Map.entry("name.honorificprefix", Column.of(Kind.TEXT, "name", "honorificPrefix")),
            Map.entry("name.honorificsuffix", Column.of(Kind.TEXT, "name", "honorificSuffix")),
            Map.entry("meta.created", Column.of(Kind.TIMESTAMP, "created")),
            Map.entry("meta.lastmodified", Column.of(Kind.TIMESTAMP, "lastModified")));

    /** Sub-attributes of one e-mail address, by lower-cased name. */
    private static final Map<String, Column> EMAIL_COLUMNS = Map.of(
            "value", Column.of(Kind.TEXT, "value"),
            "type", Column.of(Kind.TEXT, "type"),
            "primary", Column.of(Kind.BOOLEAN, "primary"),
            "display", Column.of(Kind.TEXT, "display"));

    private final CriteriaBuilder cb;
    private final AbstractQuery<?> query;
    private final Root<User> user;

    private UserFilters(CriteriaBuilder cb, AbstractQuery<?> query, Root<User> user) {
        this.cb = cb;
        this.query = query;
        this.user = user;
    }

    /** The organization's users, narrowed by the filter when there is one. */
    static Predicate restrict(CriteriaBuilder cb, AbstractQuery<?> query, Root<User> user,
            UUID organizationId, Filter filter) {
        Predicate tenant = cb.equal(user.get("organizationId"), organizationId);
        if (filter == null) {
            return tenant;
        }
        return cb.and(tenant, new UserFilters(cb, query, user).onUser(filter));
    }

    private Predicate onUser(Filter filter) {
        if (filter instanceof Filter.And and) {
            return cb.and(onUser(and.left()), onUser(and.right()));
        } else if (filter instanceof Filter.Or or) {
            return cb.or(onUser(or.left()), onUser(or.right()));
        } else if (filter instanceof Filter.Not not) {
            return cb.not(onUser(not.inner()));
        } else if (filter instanceof Filter.ValuePath valuePath) {
            return onEmails(valuePath.attribute(), valuePath.filter());
        } else if (filter instanceof Filter.Present present) {
            if (isEmails(present.path())) {
                return onEmails(present.path(), null);
            }
            return present(user, userColumn(present.path()));
        }
        Filter.Comparison comparison = (Filter.Comparison) filter;
        if (isEmails(comparison.path())) {
            String sub = comparison.path().subAttribute() == null
                    ? "value" : comparison.path().subAttribute();
            Filter.Comparison onEmail = new Filter.Comparison(AttributePath.of(sub),
                    comparison.operator(), comparison.value());
            return onEmails(AttributePath.of("emails"), onEmail);
        }
        return compare(user, userColumn(comparison.path()), comparison);
    }

    /** True when one of the user's e-mails matches {@code filter} (or any, when null). */
    private Predicate onEmails(AttributePath path, Filter filter) {
        if (!isEmails(path)) {
            throw invalid("'" + path + "' is not a multi-valued attribute that can be filtered");
        }
        Subquery<Integer> exists = query.subquery(Integer.class);
        Root<User> correlated = exists.correlate(user);
        Join<User, EmailAddress> email = correlated.join("emails");
        exists.select(cb.literal(1));
        if (filter != null) {
            exists.where(onEmail(email, filter));
        }
        return cb.exists(exists);
    }

    private Predicate onEmail(From<?, EmailAddress> email, Filter filter) {
        if (filter instanceof Filter.And and) {
            return cb.and(onEmail(email, and.left()), onEmail(email, and.right()));
        } else if (filter instanceof Filter.Or or) {
            return cb.or(onEmail(email, or.left()), onEmail(email, or.right()));
        } else if (filter instanceof Filter.Not not) {
            return cb.not(onEmail(email, not.inner()));
        } else if (filter instanceof Filter.Present present) {
            return present(email, emailColumn(present.path()));
        } else if (filter instanceof Filter.Comparison comparison) {
            return compare(email, emailColumn(comparison.path()), comparison);
        }
        throw invalid("a value filter cannot contain another value filter");
    }

    private Predicate present(From<?, ?> from, Column column) {
        Path<Object> path = path(from, column);
        if (column.kind() == Kind.BOOLEAN || column.kind() == Kind.TIMESTAMP
                || column.kind() == Kind.IDENTIFIER) {
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

    private Predicate compareText(Expression<String> column, Kind kind, Operator op,
            Object value, String name) {
        if (!(value instanceof String text)) {
            throw invalid("'" + name + "' is compared with a string value");
        }
        Expression<String> left = kind == Kind.TEXT ? cb.lower(column) : column;
        String right = kind == Kind.EXACT_TEXT ? text : text.toLowerCase(Locale.ROOT);
        switch (op) {
            case EQ:
                return cb.equal(left, right);
            case NE:
                return cb.or(cb.isNull(column), cb.notEqual(left, right));
            case CO:
                return cb.like(left, "%" + escapeLike(right) + "%", '\\');
            case SW:
                return cb.like(left, escapeLike(right) + "%", '\\');
            case EW:
                return cb.like(left, "%" + escapeLike(right), '\\');
            case GT:
                return cb.greaterThan(left, right);
            case GE:
                return cb.greaterThanOrEqualTo(left, right);
            case LT:
                return cb.lessThan(left, right);
            default:
                return cb.lessThanOrEqualTo(left, right);
        }
    }

    private Predicate compareBoolean(Path<Object> column, Operator op, Object value,
            String name) {
        if (!(value instanceof Boolean flag) || (op != Operator.EQ && op != Operator.NE)) {
            throw invalid("'" + name + "' is a boolean: use eq or ne with true or false");
        }
        return op == Operator.EQ ? cb.equal(column, flag) : cb.notEqual(column, flag);
    }

    private Predicate compareTimestamp(Expression<Instant> column, Operator op, Object value,
            String name) {
        Instant instant;
        try {
            instant = Instant.parse((String) value);
        } catch (ClassCastException | DateTimeParseException e) {
            throw invalid("'" + name + "' is compared with a dateTime such as"
                    + " \"2026-01-31T12:00:00Z\"");
        }
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

    /** Ids are UUIDs; a value that is not one matches no user rather than failing. */
    private Predicate compareIdentifier(Path<Object> column, Operator op, Object value,
            String name) {
        if (!(value instanceof String text) || (op != Operator.EQ && op != Operator.NE)) {
            throw invalid("'" + name + "' can be compared by eq or ne with a string");
        }
        UUID id;
        try {
            id = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return op == Operator.EQ ? cb.disjunction() : cb.conjunction();
        }
        return op == Operator.EQ ? cb.equal(column, id) : cb.notEqual(column, id);
    }

    private Column userColumn(AttributePath path) {
        requireUserSchema(path);
        Column column = USER_COLUMNS.get(path.dotted().toLowerCase(Locale.ROOT));
        if (column == null) {
            throw invalid("Unknown or unfilterable attribute '" + path + "'");
        }
        return column;
    }

    private Column emailColumn(AttributePath path) {
        Column column = path.subAttribute() == null
                ? EMAIL_COLUMNS.get(path.attribute().toLowerCase(Locale.ROOT)) : null;
        if (column == null) {
            throw invalid("'" + path + "' is not a sub-attribute of emails");
        }
        return column;
    }

    private static boolean isEmails(AttributePath path) {
        requireUserSchema(path);
        return path.attribute().equalsIgnoreCase("emails");
    }

    private static void requireUserSchema(AttributePath path) {
        if (path.schema() != null && !path.schema().equalsIgnoreCase(USER_SCHEMA)) {
            throw invalid("Unknown attribute '" + path + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Path<Object> path(From<?, ?> from, Column column) {
        Path<?> path = from;
        for (String step : column.path()) {
            path = path.get(step);
        }
        return (Path<Object>) path;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ScimException invalid(String detail) {
        return ScimException.badRequest(ScimType.INVALID_FILTER, detail);
    }
}
