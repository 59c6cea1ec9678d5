package io.seatkeeper.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Ready and started only when a real query against the schema succeeds: a persistence unit
 * that failed to start, or a database that went away, takes the instance out of rotation.
 */
@Readiness
@Startup
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());

    private final EntityManager em;

    /** For the CDI proxy only. */
    protected DatabaseCheck() {
        this(null);
    }

    @Inject
    public DatabaseCheck(EntityManager em) {
        this.em = em;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            em.createQuery("select count(o) from Organization o", Long.class)
                    .setMaxResults(1)
                    .getSingleResult();
            return HealthCheckResponse.up("database");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Database check failed: {0}", e.toString());
            return HealthCheckResponse.named("database").down()
                    .withData("reason", "the database cannot be queried")
                    .build();
        }
    }
}
