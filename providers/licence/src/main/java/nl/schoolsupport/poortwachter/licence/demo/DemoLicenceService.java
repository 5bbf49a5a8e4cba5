package nl.schoolsupport.poortwachter.licence.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JacksonException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.schoolsupport.poortwachter.licence.LicenceEndpoint;
import nl.schoolsupport.poortwachter.licence.api.ApiLicence;
import nl.schoolsupport.poortwachter.licence.api.AuthenticateRequest;
import nl.schoolsupport.poortwachter.licence.api.AuthenticateResponse;
import nl.schoolsupport.poortwachter.licence.api.LicenceJson;
import nl.schoolsupport.poortwachter.licence.api.Problem;
import nl.schoolsupport.poortwachter.licence.api.ProblemCode;
import nl.schoolsupport.poortwachter.licence.api.SchoolLicenceResponse;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.notice.LicenceNoticeSource;

/**
 * DEMO ONLY: a built-in licence service speaking the same HTTP/JSON contract as Schoolsupport's licence management
 * system is expected to ({@code docs/licence-api.md}), so the reference app works out of the box. It serves fixed,
 * invented data ({@link #credentials()}) on the loopback interface only, over plain http, and must never stand in
 * for the real service: passwords are compared in clear, and it accepts any (or no) API key.
 *
 * <p>Started by the lifecycle when {@code licence.base-url} is unset; {@link #baseUrl()} tells the client where it is.
 */
public final class DemoLicenceService implements Startable, LicenceEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLicenceService.class);
    private static final int MAX_REQUEST_BYTES = 16 * 1024;
    private static final int RATE_LIMIT_FAILURES = 10;
    private static final Duration RATE_LIMIT_WINDOW = Duration.ofMinutes(15);
    private static final int RATE_LIMIT_RETRY_AFTER_SECONDS = 60;

    private final int port;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private volatile HttpServer server;
    private volatile ExecutorService executor;

    /** On any free port, with the system clock. */
    public DemoLicenceService() {
        this(0, Clock.systemUTC());
    }

    /** @param port 0 for any free port ({@code licence.demo-port}) */
    public DemoLicenceService(int port, Clock clock) {
        this.port = port;
        this.clock = Objects.requireNonNull(clock);
    }

    /** The demo logins and what each demonstrates. */
    public static List<DemoCredential> credentials() {
        return DemoLicenceData.CREDENTIALS;
    }

    /** The product the demo licences are for; the default of {@code licence.product}. */
    public static String product() {
        return DemoLicenceData.PRODUCT;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        // The JDK server writes headers and body separately; without TCP_NODELAY every answer waits ~40 ms for the
        // client's delayed ACK (Nagle). The switch is JVM-wide and read once, so only set it if nobody chose.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer s;
        try {
            s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new IllegalStateException("demo licence service: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); set licence.demo-port to a free port", e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "demo-licence-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        s.setExecutor(pool);
        s.createContext("/", this::handle);
        s.start();
        executor = pool;
        server = s;
        LOG.warn("DEMO licence service (invented data, not for production) listening on {}; "
                + "set licence.base-url to use the real licence service", baseUrl());
    }

    @Override
    public URI baseUrl() {
        HttpServer s = server;
        if (s == null) {
            throw new IllegalStateException("the demo licence service is not started");
        }
        return URI.create("http://127.0.0.1:" + s.getAddress().getPort());
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
            executor = null;
        }
    }

    @Override
    public int startOrder() {
        return 10;
    }

    // ---- request handling

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Demo", "true");
            String path = exchange.getRequestURI().getRawPath();
            String[] parts = path.split("/");
            if (path.equals("/v1/authenticate")) {
                if (!exchange.getRequestMethod().equals("POST")) {
                    send(exchange, 405, Problem.of(405, ProblemCode.INVALID_REQUEST, "Use POST"));
                } else {
                    authenticate(exchange);
                }
            } else if (parts.length == 6 && parts[1].equals("v1") && parts[2].equals("schools") && parts[4].equals("licences")
                    && exchange.getRequestMethod().equals("GET")) {
                lookup(exchange, parts[3], parts[5]);
            } else {
                send(exchange, 404, Problem.of(404, ProblemCode.INVALID_REQUEST, "No such endpoint"));
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo licence service failed on a request: {}", e.toString());
        }
    }

    private void authenticate(HttpExchange exchange) throws IOException {
        Optional<AuthenticateRequest> parsed = readRequest(exchange);
        if (parsed.isEmpty()) {
            return;
        }
        AuthenticateRequest request = parsed.get();
        if (blank(request.username()) || blank(request.password()) || blank(request.product())) {
            send(exchange, 400, Problem.of(400, ProblemCode.INVALID_REQUEST, "username, password and product are required"));
            return;
        }
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        if (recentFailures(username, now) >= RATE_LIMIT_FAILURES) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(RATE_LIMIT_RETRY_AFTER_SECONDS));
            send(exchange, 429, Problem.of(429, ProblemCode.RATE_LIMITED, "Too many attempts")
                    .withRetryAfter(RATE_LIMIT_RETRY_AFTER_SECONDS));
            return;
        }
        DemoLicenceData data = data();
        Optional<DemoLicenceData.Account> account = data.account(username)
                .filter(a -> MessageDigest.isEqual(a.password().getBytes(StandardCharsets.UTF_8),
                        request.password().getBytes(StandardCharsets.UTF_8)));
        if (account.isEmpty()) {
            if (failures.size() > 10_000) {
                failures.clear(); // a demo: bounded memory matters more than exact counting
            }
            failures.computeIfAbsent(username, u -> new ArrayDeque<>());
            Deque<Instant> list = failures.get(username);
            synchronized (list) {
                list.addLast(now);
            }
            send(exchange, 401, Problem.of(401, ProblemCode.INVALID_CREDENTIALS, "Username or password not accepted"));
            return;
        }
        failures.remove(username);
        DemoLicenceData.SchoolEntry school = data.school(account.get().schoolCode()).orElseThrow();
        if (account.get().blocked()) {
            send(exchange, 403, Problem.of(403, ProblemCode.ACCOUNT_BLOCKED, "Account blocked")
                    .with(school.school(), school.administrator(), null));
            return;
        }
        Optional<ApiLicence> licence = school.licence(request.product());
        if (licence.isEmpty()) {
            ApiLicence asked = new ApiLicence(request.product(), DemoLicenceData.PRODUCT.equals(request.product())
                    ? DemoLicenceData.PRODUCT_NAME : request.product(), null, null, null, null, null);
            send(exchange, 403, Problem.of(403, ProblemCode.PRODUCT_NOT_LICENSED, "No licence for this product")
                    .with(school.school(), school.administrator(), asked));
            return;
        }
        if (expired(licence.get())) {
            send(exchange, 403, Problem.of(403, ProblemCode.LICENCE_EXPIRED, "Licence expired")
                    .with(school.school(), school.administrator(), licence.get()));
            return;
        }
        send(exchange, 200, new AuthenticateResponse(account.get().user(), school.school(), school.administrator(),
                licence.get()));
    }

    private void lookup(HttpExchange exchange, String schoolCode, String product) throws IOException {
        Optional<DemoLicenceData.SchoolEntry> school = data().school(schoolCode);
        if (school.isEmpty()) {
            send(exchange, 404, Problem.of(404, ProblemCode.UNKNOWN_SCHOOL, "Unknown school code"));
            return;
        }
        Optional<ApiLicence> licence = school.get().licence(product);
        if (licence.isEmpty()) {
            send(exchange, 404, Problem.of(404, ProblemCode.PRODUCT_NOT_LICENSED, "No licence for this product"));
            return;
        }
        send(exchange, 200, new SchoolLicenceResponse(school.get().school(), school.get().administrator(), licence.get()));
    }

    private Optional<AuthenticateRequest> readRequest(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
        if (body.length > MAX_REQUEST_BYTES) {
            send(exchange, 413, Problem.of(413, ProblemCode.INVALID_REQUEST, "Request too large"));
            return Optional.empty();
        }
        try {
            return Optional.of(LicenceJson.mapper().readValue(body, AuthenticateRequest.class));
        } catch (JacksonException e) {
            send(exchange, 400, Problem.of(400, ProblemCode.INVALID_REQUEST, "Body is not the expected JSON"));
            return Optional.empty();
        }
    }

    /** Data with dates relative to today, so the 60-day renewal notice shows whenever the demo runs. */
    private DemoLicenceData data() {
        return new DemoLicenceData(today());
    }

    private LocalDate today() {
        return clock.instant().atZone(LicenceNoticeSource.LICENCE_ZONE).toLocalDate();
    }

    private boolean expired(ApiLicence licence) {
        return "expired".equals(licence.status()) || today().isAfter(licence.validUntil());
    }

    private int recentFailures(String username, Instant now) {
        Deque<Instant> list = failures.get(username);
        if (list == null) {
            return 0;
        }
        synchronized (list) {
            while (!list.isEmpty() && list.peekFirst().isBefore(now.minus(RATE_LIMIT_WINDOW))) {
                list.pollFirst();
            }
            return list.size();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = LicenceJson.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", body instanceof Problem ? LicenceJson.PROBLEM_MEDIA_TYPE
                : LicenceJson.MEDIA_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
