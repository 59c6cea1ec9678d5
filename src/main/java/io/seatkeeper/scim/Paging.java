package io.seatkeeper.scim;

/**
 * The {@code startIndex} and {@code count} of a list request (RFC 7644 §3.4.2.4), read the
 * forgiving way the RFC asks for: a start below 1 is 1, a negative count is 0, and a count
 * above the maximum is the maximum.
 */
public record Paging(int startIndex, int count) {

    /** The default and the largest page, advertised in ServiceProviderConfig. */
    public static final int MAX_PAGE = 100;

    public static Paging of(String startIndex, String count) {
        int start = Math.max(1, parse("startIndex", startIndex, 1));
        int size = Math.min(MAX_PAGE, Math.max(0, parse("count", count, MAX_PAGE)));
        return new Paging(start, size);
    }

    private static int parse(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsed));
        } catch (NumberFormatException e) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    name + " must be an integer, not '" + value + "'");
        }
    }
}
