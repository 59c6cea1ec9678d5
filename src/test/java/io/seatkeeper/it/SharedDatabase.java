package io.seatkeeper.it;

import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * The database two servers share, served over TCP from the test's own JVM so a test can take
 * it away, as a network failure or a database restart would, and bring it back.
 */
final class SharedDatabase {

    private final String port = System.getProperty("seatkeeper.test.shared-db.port", "9192");
    private final String directory = System.getProperty("seatkeeper.test.shared-db.dir",
            "target/shared-db");
    private Server server;

    /** Starts serving; the data of an earlier start is still there. */
    void start() {
        try {
            server = Server.createTcpServer("-tcpPort", port, "-baseDir", directory,
                    "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("The shared database did not start", e);
        }
    }

    /** Stops serving and breaks every open connection. */
    void stop() {
        server.stop();
    }
}
