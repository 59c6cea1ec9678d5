package io.seatkeeper.it;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the build's extra Liberty servers, which a test starts, stops or kills the way an
 * operator or a crash would: through the runtime's {@code server} command and a SIGKILL.
 */
final class ServerProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final String name;
    private final int httpPort;

    private ServerProcess(String name, int httpPort) {
        this.name = name;
        this.httpPort = httpPort;
    }

    /**
     * The server with a database of its own: embedded H2, as a default installation has, or
     * a PostgreSQL database of its own in the build's postgresql profile.
     */
    static ServerProcess solo() {
        return new ServerProcess("seatkeeper-solo", Integer.getInteger(
                "seatkeeper.test.solo.http.port", 9181));
    }

    /** The first of two servers that share the database {@link SharedDatabase} stands for. */
    static ServerProcess nodeA() {
        return new ServerProcess("seatkeeper-node-a", Integer.getInteger(
                "seatkeeper.test.node-a.http.port", 9182));
    }

    static ServerProcess nodeB() {
        return new ServerProcess("seatkeeper-node-b", Integer.getInteger(
                "seatkeeper.test.node-b.http.port", 9183));
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** A request to this server's admin API with the operator's token. */
    RequestSpecification admin() {
        return ServerUnderTest.admin().baseUri(baseUrl());
    }

    /** A SCIM request to this server with the tenant's API key. */
    RequestSpecification scim(Tenant tenant) {
        return ServerUnderTest.scim(tenant.apiKey()).baseUri(baseUrl());
    }

    /** A new organization, set up through this server. */
    Tenant newTenant(int seats) {
        return ServerUnderTest.newTenant(this::admin, seats);
    }

    /**
     * Starts the server and waits until it says it is ready. A server that never gets ready
     * is killed, so that it holds no port for the tests that follow.
     */
    void start() {
        start(Map.of());
    }

    /** As {@link #start()}, with these variables added to the server's environment. */
    void start(Map<String, String> environment) {
        server("start", environment);
        try {
            awaitReady();
        } catch (RuntimeException notReady) {
            kill();
            throw notReady;
        }
    }

    /** Stops the server the orderly way. */
    void stop() {
        server("stop", Map.of());
    }

    /** Ends the server's JVM at once, as a crash or an out-of-memory killer would. */
    void kill() {
        ProcessHandle jvm = ProcessHandle.of(pid())
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        jvm.destroyForcibly();
        jvm.onExit().join();
    }

    int readinessStatus() {
        return RestAssured.given().baseUri(baseUrl()).get("/health/ready").statusCode();
    }

    private void awaitReady() {
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> readinessStatus() == 200);
    }

    private long pid() {
        Path pidFile = wlp().resolve("usr/servers/.pid/" + name + ".pid");
        try {
            return Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new IllegalStateException("No process id for " + name, e);
        }
    }

    private void server(String action, Map<String, String> environment) {
        ProcessBuilder command = new ProcessBuilder(
                wlp().resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        command.environment().putAll(environment);
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = command.start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + name + " hung");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("server " + action + " " + name
                        + " exited with " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run the server command", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path wlp() {
        return Path.of(System.getProperty("seatkeeper.test.wlp.dir", "target/liberty/wlp"));
    }
}
