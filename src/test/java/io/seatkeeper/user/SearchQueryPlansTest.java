package io.seatkeeper.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.persistence.SchemaMigration;
import io.seatkeeper.scim.filter.AttributePath;
import io.seatkeeper.scim.filter.FilterParser;
import io.seatkeeper.scim.query.Cursor;
import io.seatkeeper.scim.query.ResourceQuery;
import io.seatkeeper.scim.query.TenantSearch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User searches through the server's persistence unit on an in-memory H2 database, outside
 * the server: each returns its own rows, and searches that differ only in their values reuse
 * the SQL Hibernate made for the first of them, as Hibernate's statistics count it.
 */
class SearchQueryPlansTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private EntityManagerFactory factory;
    private EntityManager em;
    private Statistics statistics;

    @BeforeEach
    void open() throws SQLException {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        SchemaMigration.migrate(dataSource);
        insertOrganization(acme, "ada", "bob", "cy");
        insertOrganization(globex, "ada");
        factory = Persistence.createEntityManagerFactory("seatkeeper", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "hibernate.generate_statistics", "true"));
        em = factory.createEntityManager();
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void searchesThatDifferOnlyInTheirValuesAreTranslatedOnce() {
        assertEquals(List.of("ada"), userNames(acme, "userName eq \"ada\""));
        long translated = statistics.getQueryPlanCacheMissCount();
        long reused = statistics.getQueryPlanCacheHitCount();

        assertEquals(List.of("bob"), userNames(acme, "userName eq \"BOB\""));
        assertEquals(List.of("ada"), userNames(globex, "userName eq \"ada\""));
        assertEquals(List.of(), userNames(globex, "userName eq \"bob\""));

        assertEquals(translated, statistics.getQueryPlanCacheMissCount());
        assertEquals(reused + 3, statistics.getQueryPlanCacheHitCount());
    }

    @Test
    void searchesOfOtherShapesGetTheirOwnQueries() {
        assertEquals(List.of("ada"), userNames(acme, "userName eq \"ada\""));
        long translated = statistics.getQueryPlanCacheMissCount();

        assertEquals(List.of("ada", "bob"),
                userNames(acme, "userName eq \"ada\" or userName eq \"bob\""));
        assertEquals(List.of("bob", "cy"), userNames(acme, "not (userName eq \"ada\")"));
        assertEquals(List.of("bob"), userNames(acme, "userName sw \"b\""));
        assertEquals(List.of("ada", "bob", "cy"), userNames(acme, "userName pr"));

        assertEquals(translated + 4, statistics.getQueryPlanCacheMissCount());
        assertEquals(List.of("cy"), userNames(acme, "userName sw \"c\""));
        assertEquals(List.of("ada", "cy"),
                userNames(acme, "userName eq \"cy\" or userName eq \"ada\""));
        assertEquals(translated + 4, statistics.getQueryPlanCacheMissCount());
    }

    @Test
    void valuesThatChangeTheQueryAreShapesOfTheirOwn() {
        String bob = search(em, acme, filtered("userName eq \"bob\""))
                .resources().get(0).id().toString();

        // An id that is not one matches nothing; null asks for a missing value.
        assertEquals(List.of("bob"), userNames(acme, "id eq \"" + bob + "\""));
        assertEquals(List.of(), userNames(acme, "id eq \"bob\""));
        assertEquals(List.of("ada", "cy"), userNames(acme, "id ne \"" + bob + "\""));
        assertEquals(List.of("ada", "bob", "cy"), userNames(acme, "id ne \"bob\""));
        assertEquals(List.of("ada", "bob", "cy"), userNames(acme, "displayName eq null"));
        assertEquals(List.of(), userNames(acme, "displayName eq \"ada\""));
        assertEquals(List.of(), userNames(acme, "active eq false"));
        assertEquals(List.of("ada", "bob", "cy"), userNames(acme, "active eq true"));
    }

    /** None of the users has a display name: SQL would call the comparison unknown. */
    @Test
    void notIsTrueWhereTheAttributeIsMissing() {
        assertEquals(List.of("ada", "bob", "cy"),
                userNames(acme, "not (displayName eq \"ada\")"));
        assertEquals(List.of("ada", "bob", "cy"), userNames(acme, "not (displayName pr)"));
        assertEquals(List.of("bob", "cy"),
                userNames(acme, "not (displayName eq \"x\" or userName eq \"ada\")"));
    }

    /** The kept query is one object that all threads run, each with its own values. */
    @Test
    void threadsRunningOneShapeEachGetTheirOwnRows() throws Exception {
        List<String> names = List.of("ada", "bob", "cy");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                wrong.add(threads.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    try (EntityManager own = factory.createEntityManager()) {
                        for (int i = 0; i < 300; i++) {
                            String name = names.get(ThreadLocalRandom.current().nextInt(3));
                            List<String> found =
                                    userNames(own, acme, "userName eq \"" + name + "\"");
                            if (!found.equals(List.of(name))) {
                                mismatches.add(name + " -> " + found);
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> thread : wrong) {
                assertEquals(List.of(), thread.get(2, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void cursorPagesEachStartAfterTheirOwnCursor() {
        List<String> walked = new ArrayList<>();
        Cursor after = null;
        do {
            TenantSearch.Result<User> page = search(em, acme,
                    new ResourceQuery(null, null, false, 1, 1, true, after));
            page.resources().forEach(user -> walked.add(user.userName()));
            after = page.next();
        } while (after != null);

        assertEquals(List.of("ada", "bob", "cy"), walked);
    }

    /**
     * The search an IdP sends before each create is a lookup by the unique key, which must
     * answer every page of it as the general search does.
     */
    @Test
    void aUserNameLookupAnswersAsTheGeneralSearchDoes() throws SQLException {
        UUID bob = search(em, acme, filtered("userName eq \"bob\"")).resources().get(0).id();
        execute("insert into scim_user_email (user_id, position, email_value, email_type,"
                + " email_primary) values ('" + bob + "', 0, 'bob@work.example', 'work', true),"
                + " ('" + bob + "', 1, 'bob@home.example', 'home', false)");
        List<String> filters = List.of("userName eq \"bob\"", "USERNAME eq \"BoB\"",
                "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"bob\"",
                "userName eq \"ada\"", "userName eq \"nobody\"", "userName eq \"\"");
        int[][] pages = {{1, 10}, {1, 1}, {1, 0}, {2, 10}};
        for (UUID organization : List.of(acme, globex)) {
            for (String filter : filters) {
                for (int[] page : pages) {
                    ResourceQuery query = new ResourceQuery(FilterParser.parse(filter), null,
                            false, page[0], page[1]);
                    String lookup = UserNameLookup.userName(query).orElseThrow();
                    em.clear();
                    String looked = describe(UserNameLookup.run(em, organization, lookup, query));
                    em.clear();
                    assertEquals(describe(search(em, organization, query)), looked,
                            filter + " " + page[0] + "/" + page[1]);
                }
            }
        }
        em.clear();
        assertEquals("1 [bob bob@work.example,bob@home.example]", describe(UserNameLookup.run(
                em, acme, "Bob", filtered("userName eq \"Bob\""))));
    }

    @Test
    void aUserNameLookupIsOneStatementWhereTheGeneralSearchIsTwo() throws SQLException {
        UUID ada = search(em, acme, filtered("userName eq \"ada\"")).resources().get(0).id();
        execute("insert into scim_user_email (user_id, position, email_value, email_primary)"
                + " values ('" + ada + "', 0, 'ada@example.com', true)");
        ResourceQuery query = filtered("userName eq \"ada\"");

        em.clear();
        long before = statistics.getPrepareStatementCount();
        UserNameLookup.run(em, acme, "ada", query).resources().get(0).attributes().emails().size();
        assertEquals(1, statistics.getPrepareStatementCount() - before);

        em.clear();
        before = statistics.getPrepareStatementCount();
        search(em, acme, query).resources().get(0).attributes().emails().size();
        assertEquals(2, statistics.getPrepareStatementCount() - before);
    }

    @Test
    void onlyAPlainUserNameEqualityIsALookup() {
        assertEquals("Ada",
                UserNameLookup.userName(filtered("userName eq \"Ada\"")).orElseThrow());
        for (String filter : List.of("userName ne \"ada\"", "userName eq null",
                "userName sw \"ada\"", "displayName eq \"ada\"", "emails.value eq \"ada\"",
                "emails[value eq \"ada\"]", "not (userName eq \"ada\")",
                "userName eq \"ada\" and active eq true", "userName eq \"ada\" or userName pr",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName eq \"a\"")) {
            assertEquals(Optional.empty(), UserNameLookup.userName(filtered(filter)), filter);
        }
        assertEquals(Optional.empty(), UserNameLookup.userName(new ResourceQuery(
                FilterParser.parse("userName eq \"ada\""), null, false, 1, 10, true, null)));
        assertEquals(Optional.empty(), UserNameLookup.userName(new ResourceQuery(
                FilterParser.parse("userName eq \"ada\""),
                AttributePath.of("displayName"), false, 1, 10)));
    }

    private static String describe(TenantSearch.Result<User> result) {
        return result.totalResults() + " " + result.resources().stream()
                .map(user -> user.userName() + " " + user.attributes().emails().stream()
                        .map(EmailAddress::value).collect(Collectors.joining(",")))
                .toList();
    }

    private List<String> userNames(UUID organization, String filter) {
        return userNames(em, organization, filter);
    }

    private static List<String> userNames(EntityManager em, UUID organization, String filter) {
        em.clear();
        return search(em, organization, filtered(filter))
                .resources().stream().map(User::userName).toList();
    }

    private static ResourceQuery filtered(String filter) {
        return new ResourceQuery(FilterParser.parse(filter), null, false, 1, 10);
    }

    /**
     * As UserService searches, but never by a userName lookup; the organization's size is
     * given as 3 (acme's).
     */
    private static TenantSearch.Result<User> search(EntityManager em, UUID organization,
            ResourceQuery query) {
        return TenantSearch.run(em, User.class, UserFilters.ATTRIBUTES, organization, query,
                user -> new Cursor(user.created(), user.id()), () -> 3);
    }

    /** Users created a second apart, in the order given. */
    private void insertOrganization(UUID id, String... userNames) throws SQLException {
        execute("insert into organization (id, name, seats, scim_enabled, strict_attributes,"
                + " active_licenses, created_at) values ('" + id + "', 'Org', 10, true, false,"
                + " 0, current_timestamp)");
        for (int i = 0; i < userNames.length; i++) {
            execute("insert into scim_user (id, organization_id, user_name, user_name_key,"
                    + " active, created, last_modified, version) values (random_uuid(), '"
                    + id + "', '" + userNames[i] + "', '" + userNames[i] + "', true,"
                    + " timestamp '2026-01-01 00:00:0" + i + "', current_timestamp, 0)");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
