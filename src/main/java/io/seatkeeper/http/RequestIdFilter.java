package io.seatkeeper.http;

import io.seatkeeper.audit.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible one
 * (so a request can be followed across a proxy), else a new one. The id goes back to the
 * caller in the response's {@code X-Request-Id}, into the audit trail, and onto every log
 * record written while the request is served.
 *
 * <p>A servlet filter rather than a JAX-RS one: it wraps the whole request, so the id is on
 * the log records of everything that runs for it, and taken off the thread when it ends
 * however it ends.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        String requestId = given != null && PLAUSIBLE.matcher(given).matches()
                ? given : UUID.randomUUID().toString();
        origin.identifiedAs(requestId);
        response.setHeader(HEADER, requestId);
        try (RequestLogContext marked = RequestLogContext.mark(requestId)) {
            chain.doFilter(request, response);
        }
    }
}
