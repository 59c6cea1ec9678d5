package io.seatkeeper.persistence;

/** Telling a broken database constraint apart from other persistence failures. */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /** True when a unique, foreign-key or similar constraint refused the change. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
