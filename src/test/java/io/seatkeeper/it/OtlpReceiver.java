package io.seatkeeper.it;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An OpenTelemetry collector in the tests' JVM: it takes OTLP over HTTP (protobuf), as a
 * server with {@code OTEL_EXPORTER_OTLP_ENDPOINT} pointing here sends it. It counts every
 * request and keeps the traces and metrics of one service: totals are per server, and another
 * server sending here must not add to them. Metrics are exported cumulatively by default, so
 * the last point of a series is its total.
 */
final class OtlpReceiver implements AutoCloseable {

    private static final String PROTOBUF = "application/x-protobuf";

    private final HttpServer http;
    private final String service;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<ResourceSpans> traces = new CopyOnWriteArrayList<>();
    private final List<ResourceMetrics> metrics = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer http, String service) {
        this.http = http;
        this.service = service;
    }

    /**
     * Listens on the build's receiver port, on the loopback interface only, and keeps what
     * the service of this name ({@code OTEL_SERVICE_NAME}) sends.
     */
    static OtlpReceiver start(String service) {
        int port = Integer.getInteger("seatkeeper.test.otlp.port", 9193);
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            OtlpReceiver receiver = new OtlpReceiver(http, service);
            http.createContext("/", receiver::receive);
            http.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("No OTLP receiver on port " + port, e);
        }
    }

    /** Every request that reached the receiver, of any signal and any path. */
    int requests() {
        return requests.get();
    }

    List<Span> spans() {
        return traces.stream()
                .flatMap(resource -> resource.getScopeSpansList().stream())
                .flatMap(scope -> scope.getSpansList().stream())
                .toList();
    }

    /** The resources that the kept exports of traces and metrics named as their source. */
    List<Resource> resources() {
        return Stream.concat(traces.stream().map(ResourceSpans::getResource),
                metrics.stream().map(ResourceMetrics::getResource)).toList();
    }

    /**
     * Waits for two more exports of metrics: the second was collected after this call, so the
     * totals read next include all that the server counted before it.
     */
    void awaitCurrentMetrics() {
        int exported = metrics.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics.size() >= exported + 2);
    }

    /**
     * The latest total of a counter's series with these attributes (others may be present
     * too), or 0 when that series was never exported.
     */
    long counter(String name, Map<String, String> attributes) {
        return points(name, metric -> metric.getSum().getDataPointsList())
                .filter(point -> hasAttributes(point.getAttributesList(), attributes))
                .reduce((earlier, later) -> later)
                .map(NumberDataPoint::getAsInt).orElse(0L);
    }

    /** The gauge's latest value, if it was exported at all. */
    Optional<Long> latestGauge(String name) {
        return points(name, metric -> metric.getGauge().getDataPointsList())
                .reduce((earlier, later) -> later)
                .map(NumberDataPoint::getAsInt);
    }

    /** How many requests a histogram has counted in the series with these attributes. */
    long histogramCount(String name, Map<String, String> attributes) {
        return points(name, metric -> metric.getHistogram().getDataPointsList())
                .filter(point -> hasAttributes(point.getAttributesList(), attributes))
                .reduce((earlier, later) -> later)
                .map(HistogramDataPoint::getCount).orElse(0L);
    }

    /**
     * The data points of every export of the metric, oldest first: one periodic reader sends
     * them, one export after the other.
     */
    private <P> Stream<P> points(String name, Function<Metric, List<P>> pointsOfMetric) {
        return metrics.stream()
                .flatMap(resource -> resource.getScopeMetricsList().stream())
                .flatMap(scope -> scope.getMetricsList().stream())
                .filter(metric -> metric.getName().equals(name))
                .flatMap(metric -> pointsOfMetric.apply(metric).stream());
    }

    /** Attributes as text, whatever their type: enough for the tests' comparisons. */
    static Map<String, String> attributes(List<KeyValue> attributes) {
        return attributes.stream().collect(Collectors.toMap(KeyValue::getKey,
                attribute -> text(attribute.getValue()), (first, second) -> second));
    }

    private boolean isService(Resource resource) {
        return service.equals(attributes(resource.getAttributesList()).get("service.name"));
    }

    private static boolean hasAttributes(List<KeyValue> actual, Map<String, String> expected) {
        return attributes(actual).entrySet().containsAll(expected.entrySet());
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString();
        };
    }

    private void receive(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            byte[] body = body(exchange);
            switch (exchange.getRequestURI().getPath()) {
                case "/v1/traces" -> ExportTraceServiceRequest.parseFrom(body)
                        .getResourceSpansList().stream()
                        .filter(resource -> isService(resource.getResource()))
                        .forEach(traces::add);
                case "/v1/metrics" -> ExportMetricsServiceRequest.parseFrom(body)
                        .getResourceMetricsList().stream()
                        .filter(resource -> isService(resource.getResource()))
                        .forEach(metrics::add);
                default -> {
                    // Logs, and whatever else comes, are accepted and not kept.
                }
            }
            // An empty response message: everything was accepted.
            exchange.getResponseHeaders().set("Content-Type", PROTOBUF);
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** The body as sent: the exporters compress nothing unless told to. */
    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
