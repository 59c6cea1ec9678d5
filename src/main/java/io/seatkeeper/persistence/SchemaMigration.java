package io.seatkeeper.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the database's schema up to date with the versioned migrations in
 * {@code db/migration} when the application starts, then has Hibernate check that the
 * entities match it. The persistence unit never changes the schema itself
 * ({@code hibernate.hbm2ddl.auto=none}), so whether its factory is made before or after
 * this runs does not matter; this observer runs before every other start-up observer, the
 * first users of the database.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final String LOCATION = "classpath:db/migration";

    @Resource(lookup = "jdbc/seatkeeper")
    DataSource dataSource;

    @PersistenceUnit(unitName = "seatkeeper")
    EntityManagerFactory entityManagerFactory;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE)
            @Initialized(ApplicationScoped.class) Object applicationStarted) {
        migrate(dataSource);
        validate(entityManagerFactory);
    }

    /**
     * Applies the migrations the database has not had yet. Several servers starting at once
     * on one database take turns: Flyway locks its history table while it migrates.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader lists no folders: Flyway finds this one, and the one
                // it looks for callbacks in (db/callback), by the flyway.location file in each.
                .locations(LOCATION)
                .load()
                .migrate();
        String version = result.migrationsExecuted > 0
                ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " ("
                + result.migrationsExecuted + " migrations applied now, on "
                + result.database + ")");
        return result;
    }

    /** Fails, naming the table or column, when an entity does not match the schema. */
    public static void validate(EntityManagerFactory entityManagerFactory) {
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager()
                .validateMappedObjects();
    }
}
