package io.seatkeeper.scim;

/** The media type of every SCIM response, error bodies included (RFC 7644 §3.1). */
public final class ScimMediaType {

    public static final String SCIM_JSON = "application/scim+json";
    public static final String SCIM_JSON_UTF8 = SCIM_JSON + ";charset=UTF-8";

    private ScimMediaType() {
    }
}
