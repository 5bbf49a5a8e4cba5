package nl.schoolsupport.poortwachter.licence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 for fault tests: each test sets how it answers. Records what it received
 * (bodies, headers, client ports, peak concurrency), so tests can assert what went over the wire.
 */
final class ContractServer implements AutoCloseable {

    /** How to answer one exchange. */
    @FunctionalInterface
    interface Behaviour {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** What one request carried. */
    record Received(String method, String path, Headers headers, String body, int clientPort) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "contract-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Behaviour> behaviour = new AtomicReference<>(ex -> json(ex, 500, "{}"));
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();

    ContractServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answer(Behaviour b) {
        behaviour.set(b);
    }

    List<Received> received() {
        return received;
    }

    int distinctClientConnections() {
        return clientPorts.size();
    }

    int peakInFlight() {
        return peakInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        peakInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int port = exchange.getRemoteAddress().getPort();
            clientPorts.add(port);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders(), body, port));
            behaviour.get().answer(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeouts, aborted oversized answers): expected in these tests
        } finally {
            inFlight.decrementAndGet();
        }
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, status < 300 ? "application/json" : "application/problem+json", json);
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
