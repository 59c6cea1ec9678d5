package io.seatkeeper.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Telling the persistence failures a client can be told about from the others. */
public final class PersistenceFailures {

    private PersistenceFailures() {
    }

    /** True when a unique, foreign-key or similar constraint refused the change. */
    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the database could not be reached or a connection to it broke. The pool may
     * hand a refused connection on as a plain SQL exception, so the SQL state's connection
     * class and a network failure underneath count as well.
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SocketException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of class 08 are the standard's "connection exception". */
    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }

    /** True for a lock or version conflict between two requests: the loser may retry. */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
