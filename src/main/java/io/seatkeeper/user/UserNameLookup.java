package io.seatkeeper.user;

import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.Operator;
import io.seatkeeper.scim.query.ResourceQuery;
import io.seatkeeper.scim.query.TenantSearch;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The search an IdP sends before it creates a user, {@code userName eq "..."}, run as what it
 * is: a read of at most one user by the organization's unique userName key, with the user's
 * e-mails joined into the same statement. Every other search goes through
 * {@link TenantSearch}, which builds a criteria query and reads e-mails in a second statement;
 * for this one the two answer the same, and this one has no query to build and makes one
 * statement rather than two.
 */
final class UserNameLookup {

    private UserNameLookup() {
    }

    /**
     * The userName the query looks up, if it is exactly such a search: one {@code eq} on the
     * core schema's userName with a string value, in the default order, paged by index.
     * (With at most one match, order and page need nothing of the database.)
     */
    static Optional<String> userName(ResourceQuery query) {
        if (query.sortBy() != null || query.cursorPaging()
                || !(query.filter() instanceof Filter.Comparison comparison)
                || comparison.operator() != Operator.EQ
                || !(comparison.value() instanceof String userName)
                || !namesUserName(comparison.path())) {
            return Optional.empty();
        }
        return Optional.of(userName);
    }

    private static boolean namesUserName(AttributePath path) {
        return path.subAttribute() == null
                && path.attribute().equalsIgnoreCase("userName")
                && (path.schema() == null
                        || path.schema().equalsIgnoreCase(UserFilters.USER_SCHEMA));
    }

    /** The page {@code query} asks for, of the organization's users with that userName. */
    static TenantSearch.Result<User> run(EntityManager em, UUID organizationId, String userName,
            ResourceQuery query) {
        List<User> found = em.createQuery("select u from User u left join fetch u.emails"
                        + " where u.organizationId = :org and u.userNameKey = :key", User.class)
                .setParameter("org", organizationId)
                .setParameter("key", User.userNameKey(userName))
                .getResultList();
        boolean onPage = query.startIndex() == 1 && query.count() > 0;
        return new TenantSearch.Result<>(onPage ? found : List.of(), found.size(), null);
    }
}
