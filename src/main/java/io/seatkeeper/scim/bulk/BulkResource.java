package io.seatkeeper.scim.bulk;

import static io.seatkeeper.scim.ScimJson.JSON;

import io.seatkeeper.scim.JsonFields;
import io.seatkeeper.scim.ScimErrors;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimJson;
import io.seatkeeper.scim.ScimMediaType;
import io.seatkeeper.scim.ScimRequests;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.UnexpectedExceptionMapper;
import io.seatkeeper.scim.group.GroupsResource;
import io.seatkeeper.scim.user.UsersResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /Bulk} (RFC 7644 §3.7). Operations run in order, each in its own transaction,
 * through the same resource methods as single requests, so each obeys the same rules. A
 * failed operation changes nothing and is reported in its place; after {@code failOnErrors}
 * failures the rest are not attempted.
 */
@Path("Bulk")
@RequestScoped
public class BulkResource {

    private static final Logger LOG = Logger.getLogger(BulkResource.class.getName());
    static final String REQUEST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    static final String RESPONSE_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

    @Inject
    UsersResource users;

    @Inject
    GroupsResource groups;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Up to 1000 operations on users and groups (RFC 7644 §3.7)")
    @POST
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response bulk(byte[] body) {
        if (body != null && body.length > BulkLimits.MAX_PAYLOAD_BYTES) {
            return ScimErrors.response(413, null, "A bulk request may carry at most "
                    + BulkLimits.MAX_PAYLOAD_BYTES + " bytes");
        }
        JsonObject request = ScimJson.parseBulkObject(body);
        ScimJson.requireSchema(request, REQUEST_SCHEMA);
        JsonFields fields = JsonFields.of(request);
        JsonArray operations = fields.array("Operations");
        if (operations == null) {
            throw ScimException.badRequest(ScimType.INVALID_SYNTAX, "'Operations' is required");
        }
        if (operations.size() > BulkLimits.MAX_OPERATIONS) {
            return ScimErrors.response(413, null, "A bulk request may hold at most "
                    + BulkLimits.MAX_OPERATIONS + " operations");
        }

        int failOnErrors = failOnErrors(fields);
        Map<String, String> bulkIds = new HashMap<>();
        JsonArrayBuilder results = JSON.createArrayBuilder();
        int errors = 0;
        for (JsonValue operation : operations) {
            JsonObject result = run(operation, bulkIds);
            results.add(result);
            if (Integer.parseInt(result.getString("status")) >= 400 && ++errors == failOnErrors) {
                break;
            }
        }
        return ScimRequests.ok(JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(RESPONSE_SCHEMA))
                .add("Operations", results)
                .build());
    }

    /** RFC 7644 §3.7.3: absent means "carry on whatever fails". */
    private static int failOnErrors(JsonFields fields) {
        JsonValue value = fields.get("failOnErrors");
        if (value == null) {
            return Integer.MAX_VALUE;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()
                || number.longValue() < 1) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "'failOnErrors' must be a whole number of at least 1");
        }
        return (int) Math.min(Integer.MAX_VALUE, number.longValue());
    }

    private JsonObject run(JsonValue value, Map<String, String> bulkIds) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return failure(null, null, ScimException.badRequest(ScimType.INVALID_SYNTAX,
                    "Each operation must be an object"));
        }
        BulkOperation operation;
        try {
            operation = BulkOperation.of(value.asJsonObject());
            requireNewBulkId(operation, bulkIds);
        } catch (ScimException e) {
            // Echo what the client sent, so that it can match the failure to its operation.
            JsonFields raw = JsonFields.of(value.asJsonObject());
            return failure(rawString(raw, "method"), rawString(raw, "bulkId"), e);
        }
        try {
            Response response = dispatch(operation.withBulkIds(bulkIds));
            if (response.getStatus() >= 400) {
                return failure(operation, response);
            }
            return success(operation.withBulkIds(bulkIds), response, bulkIds);
        } catch (ScimException e) {
            return withLocation(failure(operation.method(), operation.bulkId(), e), operation);
        } catch (RuntimeException e) {
            ScimException scim = UnexpectedExceptionMapper.findScimException(e);
            if (scim != null) {
                return failure(operation.method(), operation.bulkId(), scim);
            }
            LOG.log(Level.SEVERE, "Bulk operation failed unexpectedly", e);
            return failure(operation.method(), operation.bulkId(),
                    new ScimException(500, null, "The server failed to handle the operation"));
        }
    }

    /** RFC 7644 §3.7.2: a bulkId names one operation of the request. */
    private static void requireNewBulkId(BulkOperation operation, Map<String, String> bulkIds) {
        if (operation.bulkId() != null && bulkIds.containsKey(operation.bulkId())) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE,
                    "bulkId '" + operation.bulkId() + "' is used by an earlier operation");
        }
    }

    private static String rawString(JsonFields fields, String name) {
        JsonValue value = fields.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private Response dispatch(BulkOperation operation) {
        byte[] data = operation.data() == null ? null
                : operation.data().toString().getBytes(StandardCharsets.UTF_8);
        String id = operation.resourceId();
        boolean isUsers = operation.resourceType().equals("Users");
        switch (operation.method()) {
            case "POST":
                return isUsers ? users.create(data) : groups.create(data);
            case "PUT":
                return isUsers ? users.replace(id, operation.version(), data)
                        : groups.replace(id, operation.version(), data);
            case "PATCH":
                return isUsers ? users.patch(id, operation.version(), data)
                        : groups.patch(id, null, null, operation.version(), data);
            default:
                return isUsers ? users.delete(id, operation.version())
                        : groups.delete(id, operation.version());
        }
    }

    private JsonObject success(BulkOperation operation, Response response,
            Map<String, String> bulkIds) {
        JsonObjectBuilder result = JSON.createObjectBuilder().add("method", operation.method());
        if (operation.bulkId() != null) {
            result.add("bulkId", operation.bulkId());
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        if (location == null) {
            location = location(operation);
        }
        if (location != null) {
            result.add("location", location);
        }
        if (operation.method().equals("POST") && operation.bulkId() != null
                && location != null) {
            bulkIds.put(operation.bulkId(), location.substring(location.lastIndexOf('/') + 1));
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag != null) {
            result.add("version", etag);
        }
        return result.add("status", String.valueOf(response.getStatus())).build();
    }

    /** Where the operation's resource is (RFC 7644 §3.7.3); null for a POST. */
    private String location(BulkOperation operation) {
        if (operation.resourceId() == null) {
            return null;
        }
        return uriInfo.getBaseUriBuilder().path(operation.resourceType())
                .path(operation.resourceId()).build().toString();
    }

    private static JsonObject failure(BulkOperation operation, Response response) {
        JsonObject error = readError(response);
        JsonObjectBuilder result = JSON.createObjectBuilder().add("method", operation.method());
        if (operation.bulkId() != null) {
            result.add("bulkId", operation.bulkId());
        }
        return result.add("status", String.valueOf(response.getStatus()))
                .add("response", error)
                .build();
    }

    private static JsonObject failure(String method, String bulkId, ScimException e) {
        JsonObjectBuilder result = JSON.createObjectBuilder();
        if (method != null) {
            result.add("method", method);
        }
        if (bulkId != null) {
            result.add("bulkId", bulkId);
        }
        return result.add("status", String.valueOf(e.status()))
                .add("response", readError(ScimErrors.response(e)))
                .build();
    }

    private JsonObject withLocation(JsonObject result, BulkOperation operation) {
        String location = location(operation);
        return location == null ? result
                : JSON.createObjectBuilder(result).add("location", location).build();
    }

    private static JsonObject readError(Response response) {
        Object entity = response.getEntity();
        if (entity instanceof String text) {
            try (JsonParser parser = JSON.createParser(new StringReader(text))) {
                parser.next();
                return parser.getObject();
            }
        }
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimErrors.ERROR_SCHEMA))
                .add("status", String.valueOf(response.getStatus()))
                .build();
    }
}
