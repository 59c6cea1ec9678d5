package io.seatkeeper.scim.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Criteria queries kept by their shape, so that Hibernate translates each shape to SQL once.
 *
 * <p>Hibernate 6 keeps the SQL it made from a JPQL string for the next query with that
 * string, but keeps the SQL of a criteria query only for that same query object, when asked
 * to. A list request builds its criteria query anew, and Hibernate's translation of it cost
 * more than running it. So the first query of each shape is kept, and later requests of that
 * shape run the kept query with their own parameter values ({@link QueryParameters}). The
 * caller names the shape: a value equal for two requests exactly when the queries they build
 * differ in nothing but their parameters' values.
 *
 * <p>Filters are the clients' to write, so the number of shapes kept is bounded; beyond it, a
 * new shape runs as built, translated each time.
 */
final class QueryShapes {

    private static final int MOST_SHAPES = 2_000;

    /** By criteria builder too: a query object belongs to its persistence unit. */
    private record Key(CriteriaBuilder builder, Object shape) {
    }

    private static final ConcurrentMap<Key, CriteriaQuery<?>> KEPT = new ConcurrentHashMap<>();

    private QueryShapes() {
    }

    /** A query for {@code built}, of {@code shape}, with {@code parameters}' values set. */
    static <T> TypedQuery<T> create(EntityManager em, Object shape, CriteriaQuery<T> built,
            QueryParameters parameters) {
        CriteriaQuery<T> kept = kept(new Key(em.getCriteriaBuilder(), shape), built);
        TypedQuery<T> query = parameters.applyTo(em.createQuery(kept == null ? built : kept));
        if (kept != null) {
            query.unwrap(org.hibernate.query.Query.class).setQueryPlanCacheable(true);
        }
        return query;
    }

    /** The query kept for {@code key}, or null once the bound is reached. */
    @SuppressWarnings("unchecked")
    private static <T> CriteriaQuery<T> kept(Key key, CriteriaQuery<T> built) {
        CriteriaQuery<?> kept = KEPT.get(key);
        if (kept == null) {
            if (KEPT.size() >= MOST_SHAPES) {
                return null;
            }
            kept = KEPT.computeIfAbsent(key, shape -> built);
        }
        return (CriteriaQuery<T>) kept;
    }
}
