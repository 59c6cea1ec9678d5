package io.seatkeeper.scim.query;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in creation order for cursor-based pagination (RFC 9865): the creation time and
 * id of the last resource a page returned. The next page starts after it, so resources
 * deleted or added meanwhile never shift the pages and no resource is skipped. It is opaque to
 * clients and tied to nothing server-side, so it never expires.
 */
public record Cursor(Instant created, UUID id) {

    private static final String VERSION = "1";

    /** The opaque form sent as {@code nextCursor}. */
    public String encode() {
        String plain = VERSION + ":" + created.getEpochSecond() + ":" + created.getNano() + ":"
                + id;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws ScimException 400 invalidCursor for anything this server did not hand out */
    public static Cursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor),
                    StandardCharsets.US_ASCII);
            String[] parts = plain.split(":");
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("unknown cursor format");
            }
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[1]),
                    Long.parseLong(parts[2])), UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ScimException.badRequest(ScimType.INVALID_CURSOR,
                    "The cursor '" + cursor + "' is not one this server handed out");
        }
    }
}
