package io.seatkeeper.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {

    @Test
    void aRefusedConnectionUnderAPlainSqlExceptionIsAnOutage() {
        SQLException refused = new SQLNonTransientException("Connection is broken", "90067",
                new ConnectException("Connection refused"));

        assertTrue(PersistenceFailures.isDatabaseUnavailable(
                new IllegalStateException("Unable to acquire JDBC Connection", refused)));
    }

    @Test
    void aConnectionExceptionStateIsAnOutage() {
        assertTrue(PersistenceFailures.isDatabaseUnavailable(
                new SQLException("The connection attempt failed", "08001")));
    }

    @Test
    void otherSqlFailuresAreNot() {
        assertFalse(PersistenceFailures.isDatabaseUnavailable(
                new SQLException("Syntax error", "42000")));
        assertFalse(PersistenceFailures.isDatabaseUnavailable(
                new SQLException("No state")));
        assertFalse(PersistenceFailures.isDatabaseUnavailable(new IllegalStateException()));
    }
}
