package io.seatkeeper.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts a server for the integration tests as a process of its own and stops it after
 * them, for a runtime that has no Maven goals that do both, as Liberty's plugin does. Run by
 * the build: {@code start DIR READY-URL COMMAND...} runs the command in DIR, its output in
 * {@code DIR/logs/server.log} (where {@code LogSafetyIT} reads it), and returns once
 * READY-URL answers 200; {@code stop DIR} ends the process the orderly way.
 */
public final class BackgroundServer {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(500);

    private BackgroundServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[1]);
        if ("start".equals(args[0])) {
            start(dir, URI.create(args[2]), Arrays.asList(args).subList(3, args.length));
        } else if ("stop".equals(args[0])) {
            stop(dir);
        } else {
            throw new IllegalArgumentException("Neither start nor stop: " + args[0]);
        }
    }

    /** A server that does not get ready in time is ended, so it holds no port afterwards. */
    private static void start(Path dir, URI ready, List<String> command)
            throws IOException, InterruptedException {
        if (answersOk(ready)) {
            throw new IllegalStateException(ready + " answers already: a server from an"
                    + " earlier run is still up, or another one holds the port");
        }
        Path log = Files.createDirectories(dir.resolve("logs")).resolve("server.log");
        Process server = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Files.writeString(pidFile(dir), Long.toString(server.pid()), StandardCharsets.US_ASCII);

        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answersOk(ready)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server exited with "
                        + server.exitValue() + " before it was ready; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                end(server.toHandle());
                throw new IllegalStateException("The server was not ready within "
                        + START_TIMEOUT + "; see " + log);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static void stop(Path dir) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(pidFile(dir), StandardCharsets.US_ASCII));
        Optional<ProcessHandle> server = ProcessHandle.of(pid);
        if (server.isPresent()) {
            end(server.get());
        }
        Files.delete(pidFile(dir));
    }

    /** SIGTERM, so the runtime shuts down in order; SIGKILL if it takes too long. */
    private static void end(ProcessHandle process) throws InterruptedException {
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException stillRunning) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean answersOk(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(5_000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notListening) {
            return false;
        }
    }

    private static Path pidFile(Path dir) {
        return dir.resolve("server.pid");
    }
}
