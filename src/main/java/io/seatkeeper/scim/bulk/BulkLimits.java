package io.seatkeeper.scim.bulk;

/** The limits of a bulk request, advertised in ServiceProviderConfig (RFC 7643 §5). */
public final class BulkLimits {

    public static final int MAX_OPERATIONS = 1000;
    public static final int MAX_PAYLOAD_BYTES = 1_048_576;

    private BulkLimits() {
    }
}
