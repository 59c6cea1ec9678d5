package io.seatkeeper.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forwards TCP connections on a loopback port to a database server elsewhere, so that a test
 * can cut every connection and refuse new ones, as a network failure would, and then let
 * them through again, without touching the database server itself.
 */
final class TcpRelay {

    private final int port;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    TcpRelay(int port, String targetHost, int targetPort) {
        this.port = port;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** Starts accepting connections and passing them on. */
    void start() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            daemon("relay-accept-" + port, () -> accept(socket));
        } catch (IOException e) {
            throw new IllegalStateException("The relay to the database did not start", e);
        }
    }

    /** Refuses new connections and breaks every open one. */
    void stop() {
        closeQuietly(listener);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = connectOrClose(client);
                if (server != null) {
                    open.add(client);
                    open.add(server);
                    daemon("relay-up-" + port, () -> pump(client, server));
                    daemon("relay-down-" + port, () -> pump(server, client));
                }
            } catch (IOException e) {
                // The listener was closed by stop(): the loop ends.
            }
        }
    }

    private Socket connectOrClose(Socket client) {
        try {
            return new Socket(targetHost, targetPort);
        } catch (IOException e) {
            closeQuietly(client);
            return null;
        }
    }

    /** Copies one direction until either side closes, then closes both. */
    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // A side went away: both are closed below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing is all that is asked; a failure to close changes nothing for the test.
        }
    }
}
