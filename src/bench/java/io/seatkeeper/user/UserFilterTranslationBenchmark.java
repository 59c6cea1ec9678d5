package io.seatkeeper.user;

import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.FilterParser;
import io.seatkeeper.scim.query.FilterPredicates;
import io.seatkeeper.scim.query.QueryParameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The translation of a parsed SCIM filter on users into a JPA criteria query: the predicate
 * alone, and with Hibernate's interpretation of the criteria into a query. The persistence
 * unit is the server's, bootstrapped outside the server on an in-memory H2 database; no
 * query is run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UserFilterTranslationBenchmark {

    @Param({
        "userName eq \"ada.lovelace@example.com\"",
        "emails[type eq \"work\" and value co \"@example.com\"] or (title pr and"
                + " meta.lastModified gt \"2024-01-01T00:00:00Z\" and not (active eq false))"
    })
    public String text;

    private Filter filter;
    private EntityManagerFactory factory;
    private EntityManager em;

    @Setup(Level.Trial)
    public void open() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:translation;DB_CLOSE_DELAY=-1");
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", dataSource);
        factory = Persistence.createEntityManagerFactory("seatkeeper", settings);
        em = factory.createEntityManager();
        filter = FilterParser.parse(text);
    }

    @TearDown(Level.Trial)
    public void close() {
        em.close();
        factory.close();
    }

    @Benchmark
    public CriteriaQuery<User> criteria() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<User> query = cb.createQuery(User.class);
        Root<User> user = query.from(User.class);
        return query.select(user)
                .where(FilterPredicates.of(cb, query, user, UserFilters.ATTRIBUTES, filter,
                        new QueryParameters(cb)));
    }

    @Benchmark
    public TypedQuery<User> hibernateQuery() {
        return em.createQuery(criteria());
    }
}
