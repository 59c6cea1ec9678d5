package io.seatkeeper.http;

import java.util.Optional;

/** The token of an {@code Authorization: Bearer} header (RFC 6750 §2.1). */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private BearerToken() {
    }

    /** The token, if the header is a bearer one; the scheme is case-insensitive. */
    public static Optional<String> of(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(SCHEME.length()).strip());
    }
}
