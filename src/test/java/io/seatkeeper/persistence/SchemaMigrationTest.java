package io.seatkeeper.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/**
 * The migrations against a fresh database, and the persistence unit of persistence.xml, with
 * its entities, checked against what they made.
 */
class SchemaMigrationTest {

    private final JdbcDataSource dataSource = freshDatabase();

    @Test
    void migrationsMakeTheSchemaTheEntitiesExpect() {
        MigrateResult result = SchemaMigration.migrate(dataSource);

        assertTrue(result.migrationsExecuted > 0, "no migration ran");
        try (EntityManagerFactory factory = persistenceUnit()) {
            SchemaMigration.validate(factory);
        }
    }

    @Test
    void aSecondStartAppliesNothing() {
        SchemaMigration.migrate(dataSource);

        MigrateResult again = SchemaMigration.migrate(dataSource);

        assertEquals(0, again.migrationsExecuted);
    }

    @Test
    void validationNamesAColumnTheSchemaLacks() throws SQLException {
        SchemaMigration.migrate(dataSource);
        execute("alter table organization drop column strict_attributes");

        try (EntityManagerFactory factory = persistenceUnit()) {
            SchemaManagementException failure = assertThrows(SchemaManagementException.class,
                    () -> SchemaMigration.validate(factory));
            assertTrue(failure.getMessage().contains("strict_attributes"),
                    failure.getMessage());
        }
    }

    @Test
    void theUserAndGroupCountsOfAnEarlierDatabaseStartFromItsRows() throws SQLException {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .target("1").load().migrate();
        UUID busy = UUID.randomUUID();
        UUID empty = UUID.randomUUID();
        insertOrganization(busy);
        insertOrganization(empty);
        for (int i = 0; i < 3; i++) {
            execute("insert into scim_user (id, organization_id, user_name, user_name_key,"
                    + " active, created, last_modified, version) values (random_uuid(), '"
                    + busy + "', 'u" + i + "', 'u" + i + "', true, current_timestamp,"
                    + " current_timestamp, 0)");
        }
        execute("insert into scim_group (id, organization_id, display_name, display_name_key,"
                + " created, last_modified, version) values (random_uuid(), '" + busy
                + "', 'g', 'g', current_timestamp, current_timestamp, 0)");

        SchemaMigration.migrate(dataSource);

        assertEquals(List.of(3, 1), counts(busy));
        assertEquals(List.of(0, 0), counts(empty));
    }

    @Test
    void aDatabaseWithTablesButNoMigrationHistoryIsRefused() throws SQLException {
        // What an earlier version, whose schema Hibernate made, left behind.
        execute("create table organization (id uuid primary key)");

        assertThrows(FlywayException.class, () -> SchemaMigration.migrate(dataSource));
    }

    private static JdbcDataSource freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** The persistence unit of persistence.xml, on this database instead of the server's. */
    private EntityManagerFactory persistenceUnit() {
        return Persistence.createEntityManagerFactory("seatkeeper", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", dataSource));
    }

    private void insertOrganization(UUID id) throws SQLException {
        execute("insert into organization (id, name, seats, scim_enabled, strict_attributes,"
                + " active_licenses, created_at) values ('" + id + "', 'Org', 10, true, false,"
                + " 0, current_timestamp)");
    }

    private List<Integer> counts(UUID organization) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select user_count, group_count"
                        + " from organization_size where organization_id = '" + organization
                        + "'")) {
            row.next();
            return List.of(row.getInt(1), row.getInt(2));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
