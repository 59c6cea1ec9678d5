package io.seatkeeper.scim.query;

import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.ParameterExpression;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a request puts into one criteria query, each bound as a named parameter rather
 * than written into the query, so that requests that differ only in their values build
 * queries of the same shape (see {@link QueryShapes}).
 */
public final class QueryParameters {

    private final CriteriaBuilder cb;
    private final Map<String, Object> values = new LinkedHashMap<>();

    public QueryParameters(CriteriaBuilder cb) {
        this.cb = cb;
    }

    /**
     * A new parameter holding {@code value}. Parameters are named in the order they are
     * made, so the same code path names them alike.
     */
    public <X> ParameterExpression<X> bind(Class<X> type, X value) {
        String name = "v" + values.size();
        values.put(name, value);
        return cb.parameter(type, name);
    }

    /** Sets every parameter made here on {@code query}, which has the same names. */
    <T> TypedQuery<T> applyTo(TypedQuery<T> query) {
        values.forEach(query::setParameter);
        return query;
    }
}
