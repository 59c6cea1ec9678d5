package io.seatkeeper.scim;

import java.util.Arrays;

/**
 * Conditional requests on versions (RFC 7644 §3.14, RFC 9110 §13.1). Resources carry weak
 * ETags, so tags compare by their opaque part whether or not they are marked weak.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * Refuses a change when {@code If-Match} names no current version: the client's copy is
     * stale and it would overwrite a change it has not seen.
     */
    public static void requireMatch(String ifMatch, String currentEtag) {
        if (ifMatch != null && !ifMatch.isBlank() && !matchesAny(ifMatch, currentEtag)) {
            throw new ScimException(412, null, "The resource has changed: its version is now "
                    + currentEtag + ", not " + ifMatch.strip());
        }
    }

    /** True when {@code If-None-Match} names the current version, so 304 is the answer. */
    public static boolean notModified(String ifNoneMatch, String currentEtag) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank()
                && matchesAny(ifNoneMatch, currentEtag);
    }

    private static boolean matchesAny(String header, String currentEtag) {
        String current = opaque(currentEtag);
        return Arrays.stream(header.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(current));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
