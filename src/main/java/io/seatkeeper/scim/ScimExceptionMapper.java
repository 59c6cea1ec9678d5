package io.seatkeeper.scim;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A request the services refused, told to the client as a SCIM error. */
@Provider
public class ScimExceptionMapper implements ExceptionMapper<ScimException> {

    private static final Logger LOG = Logger.getLogger(ScimExceptionMapper.class.getName());

    @Override
    public Response toResponse(ScimException e) {
        LOG.log(Level.FINE, "SCIM request refused with {0}: {1}",
                new Object[] {e.status(), e.detail()});
        return ScimErrors.response(e);
    }
}
