package io.seatkeeper.scim.query;

import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs a list or search request against the rows of one organization: reads the requested
 * page and, when the page alone does not give it, the number of all matches: for a filter,
 * counted in the database; without one, the organization's size as kept.
 */
public final class TenantSearch {

    /**
     * One page of matches, with the number of all matches and, in cursor paging, where the
     * next page starts (null after the last page).
     */
    public record Result<T>(List<T> resources, long totalResults, Cursor next) {
    }

    /**
     * What a query depends on besides its parameters' values: two requests with equal shapes
     * build the same query (see {@link QueryShapes}).
     */
    private record Shape(Class<?> type, FilterableAttributes attributes, boolean count,
            Filter filter, AttributePath sortBy, boolean descending, boolean after) {

        static Shape of(Class<?> type, FilterableAttributes attributes, boolean count,
                ResourceQuery query) {
            return new Shape(type, attributes, count,
                    query.filter() == null ? null : FilterPredicates.shape(query.filter()),
                    count ? null : query.sortBy(), !count && query.descending(),
                    !count && query.after() != null);
        }
    }

    private TenantSearch() {
    }

    /**
     * @param type an entity with an {@code organizationId}, a {@code created} and an
     *     {@code id}
     * @param position the cursor of a row of that entity
     * @param all the number of the organization's rows of that entity, kept without counting
     *     them, which a list without a filter gives as its total
     */
    public static <T> Result<T> run(EntityManager em, Class<T> type,
            FilterableAttributes attributes, UUID organizationId, ResourceQuery query,
            Function<T, Cursor> position, LongSupplier all) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        // Built first so that a bad filter or sortBy is refused even when nothing matches.
        CriteriaQuery<T> pageQuery = cb.createQuery(type);
        QueryParameters values = new QueryParameters(cb);
        Root<T> row = pageQuery.from(type);
        Predicate where = restrict(cb, pageQuery, row, attributes, organizationId, query, values);
        if (query.after() != null) {
            where = cb.and(where, after(cb, row, query.after(), values));
        }
        pageQuery.select(row).where(where).orderBy(SortOrders.of(cb, row, attributes, query));
        Shape shape = Shape.of(type, attributes, false, query);

        LongSupplier matches = query.filter() == null ? all
                : () -> count(em, type, attributes, organizationId, query);
        if (query.count() == 0) {
            return new Result<>(List.of(), matches.getAsLong(), null);
        }
        if (!query.cursorPaging()) {
            int skipped = query.startIndex() - 1;
            List<T> page = QueryShapes.create(em, shape, pageQuery, values)
                    .setFirstResult(skipped)
                    .setMaxResults(query.count())
                    .getResultList();
            // A page that is not full ends the list, and so gives the total itself, as Okta's
            // userName check always does; only a page that is empty after skipping cannot.
            boolean lastPage = !page.isEmpty() && page.size() < query.count();
            long total = lastPage || (page.isEmpty() && skipped == 0)
                    ? skipped + page.size()
                    : matches.getAsLong();
            return new Result<>(page, total, null);
        }
        List<T> rows = QueryShapes.create(em, shape, pageQuery, values)
                .setMaxResults(query.count() + 1)
                .getResultList();
        boolean onlyPage = query.after() == null && rows.size() <= query.count();
        long total = onlyPage ? rows.size() : matches.getAsLong();
        return cursorPage(rows, query.count(), total, position);
    }

    /** The matches of a filter, for {@code totalResults}: a read of an index entry each. */
    private static <T> long count(EntityManager em, Class<T> type,
            FilterableAttributes attributes, UUID organizationId, ResourceQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> countQuery = cb.createQuery(Long.class);
        QueryParameters values = new QueryParameters(cb);
        Root<T> counted = countQuery.from(type);
        countQuery.select(cb.count(counted)).where(
                restrict(cb, countQuery, counted, attributes, organizationId, query, values));
        return QueryShapes.create(em, Shape.of(type, attributes, true, query), countQuery, values)
                .getSingleResult();
    }

    /**
     * One row more than the page is read: whether it exists says whether there is a next
     * page, without a second query.
     */
    private static <T> Result<T> cursorPage(List<T> rows, int count, long total,
            Function<T, Cursor> position) {
        if (rows.size() <= count) {
            return new Result<>(rows, total, null);
        }
        List<T> page = rows.subList(0, count);
        return new Result<>(page, total, position.apply(page.get(count - 1)));
    }

    /**
     * Rows after the cursor in (created, id) order. The first bound is implied by the second;
     * it is there so that the database starts reading the (organization, created, id) index
     * at the cursor rather than at the organization's first row.
     */
    private static Predicate after(CriteriaBuilder cb, Root<?> row, Cursor cursor,
            QueryParameters values) {
        Path<Instant> created = row.get("created");
        Path<UUID> id = row.get("id");
        Expression<Instant> at = values.bind(Instant.class, cursor.created());
        return cb.and(cb.greaterThanOrEqualTo(created, at),
                cb.or(cb.greaterThan(created, at),
                        cb.and(cb.equal(created, at),
                                cb.greaterThan(id, values.bind(UUID.class, cursor.id())))));
    }

    /** The organization's rows, narrowed by the filter when there is one. */
    private static Predicate restrict(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root,
            FilterableAttributes attributes, UUID organizationId, ResourceQuery request,
            QueryParameters values) {
        Predicate tenant = cb.equal(root.get("organizationId"),
                values.bind(UUID.class, organizationId));
        if (request.filter() == null) {
            return tenant;
        }
        return cb.and(tenant,
                FilterPredicates.of(cb, query, root, attributes, request.filter(), values));
    }
}
