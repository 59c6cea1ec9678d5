package io.seatkeeper.scim;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reading request bodies: anything but one JSON object is a SCIM invalidSyntax error. Also the
 * JSON-P provider that every body is read and every response built with.
 */
public final class ScimJson {

    /** Far above any single resource an IdP sends; bulk requests have their own limit. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    /**
     * Looked up once: {@code Json.createObjectBuilder()} and the other {@code Json} methods
     * look the provider up again on every call, which costs far more than what they build
     * (BENCHMARKS.md).
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    private ScimJson() {
    }

    /**
     * The request body as one JSON object. Bytes that are not UTF-8, text after the object,
     * and nesting deeper than the parser allows are all invalidSyntax, never a server error.
     */
    public static JsonObject parseObject(byte[] body) {
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new ScimException(413, null, "The request body is larger than "
                    + MAX_BODY_BYTES + " bytes");
        }
        return parse(body);
    }

    private static JsonObject parse(byte[] body) {
        String text = decodeUtf8(body);
        if (text.isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "The request has no body");
        }
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                        "The request body must be a JSON object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                        "The request body has text after its JSON object");
            }
            return object;
        } catch (JsonParsingException e) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "The request body is not valid JSON" + where(e.getLocation()));
        } catch (ScimException e) {
            throw e;
        } catch (RuntimeException e) {
            // The parser's other refusals (nesting too deep, numbers too long) say nothing
            // the client needs beyond this.
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "The request body is not valid JSON");
        }
    }

    /** A bulk request's body, which may be as large as {@code BulkLimits} allows. */
    public static JsonObject parseBulkObject(byte[] body) {
        return parse(body);
    }

    private static String decodeUtf8(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "The request body is not valid UTF-8");
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber()
                + ")";
    }

    /** A resource body must list its resource type's schema (RFC 7643 §3). */
    public static void requireSchema(JsonObject body, String schema) {
        JsonValue schemas = JsonFields.of(body).get("schemas");
        boolean listed = schemas != null && schemas.getValueType() == JsonValue.ValueType.ARRAY
                && schemas.asJsonArray().stream().anyMatch(value -> value instanceof JsonString s
                        && s.getString().equalsIgnoreCase(schema));
        if (!listed) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "'schemas' must list " + schema);
        }
    }
}
