package io.seatkeeper.admin;

import io.seatkeeper.persistence.PersistenceFailures;
import io.seatkeeper.scim.ScimException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The admin API's answers to failures: problem details, never an exception's internals. */
final class AdminExceptionMappers {

    private static final Logger LOG = Logger.getLogger(AdminExceptionMappers.class.getName());

    private AdminExceptionMappers() {
    }

    /** A refusal by a service: its status and detail are meant for the client. */
    @Provider
    public static class Refused implements ExceptionMapper<ScimException> {
        @Override
        public Response toResponse(ScimException e) {
            LOG.log(Level.FINE, "Admin request refused with {0}: {1}",
                    new Object[] {e.status(), e.detail()});
            return Problems.response(e.status(), e.detail());
        }
    }

    /** What JAX-RS refuses itself: no such path, wrong method, wrong media type. */
    @Provider
    public static class Rejected implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return Problems.response(e.getResponse().getStatus(), null);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ScimException refused) {
                    return new Refused().toResponse(refused);
                }
            }
            if (PersistenceFailures.isDatabaseUnavailable(e)) {
                LOG.log(Level.WARNING, "Admin request failed: the database is unavailable", e);
                return Problems.response(503, "The database cannot be reached; retry shortly");
            }
            if (PersistenceFailures.isConcurrentChange(e)) {
                return Problems.response(409, "Changed by another request at the same time;"
                        + " read it again and retry");
            }
            LOG.log(Level.SEVERE, "Admin request failed unexpectedly", e);
            return Problems.response(500, "The server failed to handle the request");
        }
    }
}
