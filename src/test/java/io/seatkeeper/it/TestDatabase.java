package io.seatkeeper.it;

/**
 * Which database the build put the test servers on: H2 by default, PostgreSQL in the build's
 * postgresql profile.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty("seatkeeper.test.db", "h2"));
    }

    static String postgresqlHost() {
        return System.getProperty("seatkeeper.test.pg.host", "localhost");
    }

    static int postgresqlPort() {
        return Integer.parseInt(System.getProperty("seatkeeper.test.pg.port", "5432"));
    }
}
