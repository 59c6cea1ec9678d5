package io.seatkeeper.scim.query;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Map;

/**
 * A multi-valued attribute such as {@code emails} or {@code members}: a filter on it is true
 * when at least one of its values matches, which the database answers with an
 * {@code exists} subquery.
 */
public interface MultiValued {

    /** The values' side of the subquery, and what ties them to the outer row (or null). */
    record Values(From<?, ?> values, Predicate link) {
    }

    /** Opens the subquery's source for the values of {@code owner}. */
    Values open(CriteriaBuilder cb, Subquery<Integer> subquery, Root<?> owner);

    /** The sub-attributes, by lower-cased name. */
    Map<String, Column> subAttributes();

    /** The sub-attribute meant when a filter names the attribute alone (RFC 7644 §3.4.2.2). */
    default String defaultSubAttribute() {
        return "value";
    }
}
