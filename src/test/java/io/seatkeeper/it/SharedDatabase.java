package io.seatkeeper.it;

import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * The database two servers share, reached through the test's own JVM so a test can take it
 * away, as a network failure or a database restart would, and bring it back. On H2 the test
 * JVM serves the database over TCP itself; on PostgreSQL (the build's postgresql profile) the
 * servers reach the real database through a relay in the test JVM, which a stop cuts off.
 */
final class SharedDatabase {

    private final String port = System.getProperty("seatkeeper.test.shared-db.port", "9192");
    private final String directory = System.getProperty("seatkeeper.test.shared-db.dir",
            "target/shared-db");
    private final TcpRelay relay = TestDatabase.isPostgresql()
            ? new TcpRelay(Integer.parseInt(port), TestDatabase.postgresqlHost(),
                    TestDatabase.postgresqlPort())
            : null;
    private Server server;

    /** Starts serving; the data of an earlier start is still there. */
    void start() {
        if (relay != null) {
            relay.start();
            return;
        }
        try {
            server = Server.createTcpServer("-tcpPort", port, "-baseDir", directory,
                    "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("The shared database did not start", e);
        }
    }

    /** Stops serving and breaks every open connection. */
    void stop() {
        if (relay != null) {
            relay.stop();
            return;
        }
        server.stop();
    }
}
