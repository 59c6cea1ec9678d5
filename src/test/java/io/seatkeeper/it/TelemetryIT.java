package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OpenTelemetry switched on the way the README says, for a server of the build's (the solo
 * one, on a database of its own) that sends to a receiver in this JVM: what each promised
 * signal says after real requests. Every test works in an organization of its own and
 * compares totals after its requests with totals exported after the requests before it, so
 * the tests share the server but nothing else.
 */
@ExtendWith(MailServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelemetryIT {

    private static final String SERVICE = "seatkeeper-telemetry-it";
    private static final String REQUEST_DURATION = "http.server.request.duration";
    private static final String CHANGES = "seatkeeper.provisioning.changes";
    private static final String ACTIVATED = "seatkeeper.licenses.activated";
    private static final String DEACTIVATED = "seatkeeper.licenses.deactivated";
    private static final String FAILURES = "seatkeeper.outbox.delivery.failures";
    private static final String BACKLOG = "seatkeeper.outbox.backlog";
    private static final Duration EXPORTED = Duration.ofSeconds(30);

    private final ServerProcess server = ServerProcess.solo();
    private OtlpReceiver receiver;

    /**
     * The test servers' options already name the receiver and short export intervals; only
     * the switch is set here, as an environment variable.
     */
    @BeforeAll
    void startExportingServer() {
        receiver = OtlpReceiver.start(SERVICE);
        server.start(Map.of("OTEL_SDK_DISABLED", "false", "OTEL_SERVICE_NAME", SERVICE));
    }

    @AfterAll
    void stopServer() {
        try {
            server.stop();
        } finally {
            receiver.close();
        }
    }

    @Test
    void aScimRequestIsTracedWithItsRouteAndStatus() {
        Tenant tenant = server.newTenant(5);
        String traceId = UUID.randomUUID().toString().replace("-", "");

        server.scim(tenant).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(oktaCreateBody(uniqueEmail(), "Tra", "Ced", true))
                .post("/Users").then().statusCode(201);

        Span span = await().atMost(EXPORTED)
                .until(() -> serverSpans(traceId), spans -> !spans.isEmpty()).get(0);
        Map<String, String> attributes = OtlpReceiver.attributes(span.getAttributesList());
        assertEquals(Span.SpanKind.SPAN_KIND_SERVER, span.getKind());
        assertEquals("POST /scim/v2/Users", span.getName());
        assertEquals("/scim/v2/Users", attributes.get("http.route"));
        assertEquals("POST", attributes.get("http.request.method"));
        assertEquals("201", attributes.get("http.response.status_code"));
    }

    @Test
    void theRequestMetricCountsRequestsByRouteMethodAndStatus() {
        Tenant tenant = server.newTenant(5);
        Map<String, String> created = route("POST", "/scim/v2/Users", 201);
        Map<String, String> notFound = route("GET", "/scim/v2/Users/{id}", 404);
        receiver.awaitCurrentMetrics();
        long createdBefore = receiver.histogramCount(REQUEST_DURATION, created);
        long notFoundBefore = receiver.histogramCount(REQUEST_DURATION, notFound);

        for (int i = 0; i < 2; i++) {
            server.scim(tenant).body(oktaCreateBody(uniqueEmail(), "Co", "Unt", true))
                    .post("/Users").then().statusCode(201);
        }
        server.scim(tenant).get("/Users/{id}", UUID.randomUUID()).then().statusCode(404);

        await().atMost(EXPORTED).untilAsserted(() -> assertEquals(
                List.of(createdBefore + 2, notFoundBefore + 1),
                List.of(receiver.histogramCount(REQUEST_DURATION, created),
                        receiver.histogramCount(REQUEST_DURATION, notFound))));
    }

    /**
     * A create that fails (409) is exported as a request but counts no change: the counts
     * are compared once the failed request's own metric has arrived.
     */
    @Test
    void committedProvisioningAndLicenseChangesAreCounted() {
        Tenant tenant = server.newTenant(5);
        Map<String, String> conflict = route("POST", "/scim/v2/Users", 409);
        receiver.awaitCurrentMetrics();
        List<Long> before = provisioningCounts(conflict);

        String kept = uniqueEmail();
        String userId = createUser(tenant, kept);
        createUser(tenant, uniqueEmail());
        server.scim(tenant).body(oktaCreateBody(kept, "Du", "Plicate", true))
                .post("/Users").then().statusCode(409);
        server.scim(tenant).body(activeBody(false)).patch("/Users/{id}", userId)
                .then().statusCode(200);

        // Two users created and licensed, one of them deactivated, one request refused.
        List<Long> expected = plus(before, 2, 1, 2, 1, 1);
        await().atMost(EXPORTED)
                .untilAsserted(() -> assertEquals(expected, provisioningCounts(conflict)));
    }

    /**
     * A recipient the mail server refuses is tried max-attempts times: refused until the
     * last, given up then. While the mail server is down a mail waits in the outbox, each
     * try counted as unreachable, and the backlog is one until it is delivered. The backlog
     * is the server's, so it is compared once every earlier mail was sent or given up.
     */
    @Test
    void outboxBacklogAndDeliveryFailuresAreCounted(MailServer.Running mail) {
        Tenant tenant = server.newTenant(5);
        int maxAttempts = Integer.getInteger("seatkeeper.test.mail.max-attempts", 3);
        receiver.awaitCurrentMetrics();
        long refusedBefore = failures("refused");
        long givenUpBefore = failures("given_up");
        long unreachableBefore = failures("unreachable");

        String refused = uniqueEmail();
        mail.refuse(refused);
        createUser(tenant, refused);
        await().atMost(EXPORTED).untilAsserted(() -> assertEquals(
                List.of(refusedBefore + maxAttempts - 1, givenUpBefore + 1),
                List.of(failures("refused"), failures("given_up"))));
        await().atMost(EXPORTED).until(() -> backlog() == 0);

        String delayed = uniqueEmail();
        mail.stop();
        try {
            createUser(tenant, delayed);
            await().atMost(EXPORTED).until(
                    () -> failures("unreachable") > unreachableBefore && backlog() == 1);
        } finally {
            mail.start();
        }
        mail.awaitMails(delayed, 1);
        await().atMost(EXPORTED).until(() -> backlog() == 0);
    }

    /**
     * The resource (which named the service, or the receiver would not have kept it) carries
     * no JVM command line: the test server's options hold the operator token, which must not
     * leave the server this way.
     */
    @Test
    void theExportedResourceHoldsNoCommandLine() {
        List<Resource> resources = await().atMost(EXPORTED)
                .until(receiver::resources, exported -> !exported.isEmpty());

        String token = ServerUnderTest.operatorToken();
        for (Resource resource : resources) {
            Map<String, String> attributes =
                    OtlpReceiver.attributes(resource.getAttributesList());
            assertFalse(attributes.containsKey("process.command_line"), attributes.toString());
            assertFalse(attributes.containsKey("process.command_args"), attributes.toString());
            assertTrue(attributes.values().stream().noneMatch(value -> value.contains(token)),
                    "the operator token is in the exported resource");
        }
    }

    private List<Span> serverSpans(String traceId) {
        ByteString id = ByteString.copyFrom(HexFormat.of().parseHex(traceId));
        return receiver.spans().stream()
                .filter(span -> span.getTraceId().equals(id))
                .filter(span -> span.getKind() == Span.SpanKind.SPAN_KIND_SERVER)
                .toList();
    }

    /** The attributes of the request metric's series for one route, method and status. */
    private static Map<String, String> route(String method, String route, int status) {
        return Map.of("http.request.method", method, "http.route", route,
                "http.response.status_code", Integer.toString(status));
    }

    /** Created, deactivated, licenses activated and deactivated, and refused creates. */
    private List<Long> provisioningCounts(Map<String, String> conflict) {
        return List.of(
                receiver.counter(CHANGES, Map.of("action", "user.created",
                        "resource.type", "User")),
                receiver.counter(CHANGES, Map.of("action", "user.deactivated")),
                receiver.counter(ACTIVATED, Map.of()),
                receiver.counter(DEACTIVATED, Map.of()),
                receiver.histogramCount(REQUEST_DURATION, conflict));
    }

    private static List<Long> plus(List<Long> counts, long... increments) {
        return IntStream.range(0, counts.size())
                .mapToObj(i -> counts.get(i) + increments[i])
                .toList();
    }

    /** The backlog as last exported: this server's outbox only, all organizations. */
    private long backlog() {
        return receiver.latestGauge(BACKLOG).orElseThrow();
    }

    private long failures(String reason) {
        return receiver.counter(FAILURES, Map.of("reason", reason));
    }

    private String createUser(Tenant tenant, String email) {
        return server.scim(tenant).body(oktaCreateBody(email, "Ann", "Lee", true))
                .post("/Users").then().statusCode(201)
                .extract().path("id");
    }
}
