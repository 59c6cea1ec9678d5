package io.seatkeeper.scim;

/**
 * A request that cannot be carried out, with what the client is told: an HTTP status, an
 * optional {@code scimType} and a detail meant for the person reading the IdP's log. Services
 * throw it; the SCIM boundary turns it into an error body (RFC 7644 §3.12).
 */
public class ScimException extends RuntimeException {

    private final int status;
    private final ScimType scimType;

    public ScimException(int status, ScimType scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimException badRequest(ScimType scimType, String detail) {
        return new ScimException(400, scimType, detail);
    }

    public static ScimException notFound(String detail) {
        return new ScimException(404, null, detail);
    }

    public int status() {
        return status;
    }

    /** May be null: RFC 7644 defines keywords for some 400s and a 409 only. */
    public ScimType scimType() {
        return scimType;
    }

    public String detail() {
        return getMessage();
    }
}
