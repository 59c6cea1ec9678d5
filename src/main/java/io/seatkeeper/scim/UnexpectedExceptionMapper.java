package io.seatkeeper.scim;

import io.seatkeeper.persistence.PersistenceFailures;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a failure nobody anticipated is logged with its stack trace and answered
 * with a generic 500, never with the exception's message, which may hold internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        ScimException refused = findScimException(e);
        if (refused != null) {
            return ScimErrors.response(refused);
        }
        if (PersistenceFailures.isDatabaseUnavailable(e)) {
            LOG.log(Level.WARNING, "SCIM request failed: the database is unavailable", e);
            return Response.fromResponse(ScimErrors.response(503, null,
                            "The service cannot reach its database; retry shortly"))
                    .header("Retry-After", "30")
                    .build();
        }
        if (PersistenceFailures.isConcurrentChange(e)) {
            LOG.log(Level.FINE, "SCIM request lost a race with another change", e);
            return ScimErrors.response(409, null, "The resource was changed by another request"
                    + " at the same time; read it again and retry");
        }
        LOG.log(Level.SEVERE, "SCIM request failed unexpectedly", e);
        return ScimErrors.response(500, null, "The server failed to handle the request");
    }

    /**
     * A ScimException thrown inside a transactional bean can arrive wrapped by the
     * interceptor or the container; it is still a refusal, not a server failure.
     */
    public static ScimException findScimException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ScimException scim) {
                return scim;
            }
        }
        return null;
    }
}
