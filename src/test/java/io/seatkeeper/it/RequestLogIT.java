package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each request's id reaches the caller in {@code X-Request-Id} and is on the log records
 * written for it, as a log collector reads them: the test server writes messages.log as
 * Liberty's JSON, the access log included.
 */
class RequestLogIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theCallersIdIsOnTheRecordsOfItsRequest() {
        Tenant tenant = newTenant(5);
        String requestId = "okta-" + UUID.randomUUID();

        Response created = tenant.scim().header("X-Request-Id", requestId)
                .body(oktaCreateBody(uniqueEmail(), "Ann", "Lee", true))
                .post("/Users");

        created.then().statusCode(201);
        assertEquals(requestId, created.header("X-Request-Id"));
        assertEquals(requestId, provisioningRecordOf(created.path("id"))
                .path("ext_requestId").asText());
        JsonNode access = awaitRecord(record -> "liberty_accesslog".equals(type(record))
                && requestId.equals(record.path("ibm_responseHeader_x-request-id").asText()));
        assertEquals("POST /scim/v2/Users HTTP/1.1",
                access.path("ibm_requestFirstLine").asText());
        assertEquals(201, access.path("ibm_responseCode").asInt());
    }

    @Test
    void aRequestWithoutAPlausibleIdIsGivenOne() {
        Tenant tenant = newTenant(5);

        Response created = tenant.scim().header("X-Request-Id", "no spaces; no semicolons")
                .body(oktaCreateBody(uniqueEmail(), "Bea", "Lee", true))
                .post("/Users");

        created.then().statusCode(201);
        String requestId = created.header("X-Request-Id");
        assertTrue(UUID_FORM.matcher(requestId).matches(), requestId);
        assertEquals(requestId, provisioningRecordOf(created.path("id"))
                .path("ext_requestId").asText());
    }

    private static JsonNode provisioningRecordOf(String userId) {
        return awaitRecord(
                record -> message(record).startsWith("User " + userId + " provisioned"));
    }

    private static String type(JsonNode record) {
        return record.path("type").asText();
    }

    private static String message(JsonNode record) {
        return record.path("message").asText();
    }

    /** Waits for a record of messages.log that matches, as the log is written in batches. */
    private static JsonNode awaitRecord(Predicate<JsonNode> matching) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> find(matching), Optional::isPresent).orElseThrow();
    }

    private static Optional<JsonNode> find(Predicate<JsonNode> matching) {
        Path log = Path.of(System.getProperty("seatkeeper.test.output.dir"),
                "logs", "messages.log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("{")).map(RequestLogIT::parse)
                    .filter(matching).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON record: " + line, e);
        }
    }
}
