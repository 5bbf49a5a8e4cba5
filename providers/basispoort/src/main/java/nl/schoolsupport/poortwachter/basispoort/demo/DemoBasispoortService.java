package nl.schoolsupport.poortwachter.basispoort.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortConnection;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortJson;
import nl.schoolsupport.poortwachter.basispoort.rest.Pem;
import nl.schoolsupport.poortwachter.basispoort.rest.TlsMaterial;
import nl.schoolsupport.poortwachter.lifecycle.Startable;

/**
 * DEMO ONLY — a stand-in for Basispoort's REST service, so the reference app and the tests can synchronise offline.
 * Never point production at it.
 *
 * <p>On {@link #start()} it makes a tiny CA, a server certificate for 127.0.0.1 and a client certificate, and serves
 * HTTPS on 127.0.0.1 (a free port unless one is given) with client certificates REQUIRED (handshakes without one
 * from its CA fail, as at Basispoort) and TLS 1.2 only by default (Basispoort does not speak 1.3 yet). It answers the
 * institutions service with the JSON of a {@link DemoDirectory}; change the directory while it runs, and inject
 * {@link DemoFault}s to see how the sync copes. As a {@link BasispoortConnection} it hands the client its own base
 * URL and credentials; {@link #writeCredentials(Path)} writes them as PEM files for configuration.
 */
public final class DemoBasispoortService implements Startable, BasispoortConnection {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBasispoortService.class);
    private static final String BASE = "/rest/v2/instellingen";
    private static final Pattern FEED = Pattern.compile(BASE + "/synchronizationpermission/(toegekend|ingetrokken)/([^/]+)");
    private static final Pattern INSTITUTION = Pattern.compile(BASE + "/(-?[0-9]+)(/[a-z/_]*)?");

    private final DemoDirectory directory;
    private final int port;
    private final List<String> protocols;
    private final Clock clock;
    private final ObjectMapper json = BasispoortJson.mapper();
    private final List<FaultRule> faults = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile Duration slowDelay = Duration.ofSeconds(3);
    private volatile DemoPki pki;
    private volatile DemoPki.Issued client;
    private volatile HttpsServer server;
    private ExecutorService executor;

    private record FaultRule(Pattern path, DemoFault fault, AtomicInteger remaining) {
    }

    /** The sample directory (three schools), a free port, TLS 1.2. */
    public DemoBasispoortService() {
        this(DemoDirectory.sample(LocalDate.now(ZoneId.of("Europe/Amsterdam"))), 0, List.of("TLSv1.2"), Clock.systemUTC());
    }

    public DemoBasispoortService(DemoDirectory directory) {
        this(directory, 0, List.of("TLSv1.2"), Clock.systemUTC());
    }

    /**
     * @param port      0 for a free port
     * @param protocols TLS versions the server accepts, e.g. {@code TLSv1.2}
     */
    public DemoBasispoortService(DemoDirectory directory, int port, List<String> protocols, Clock clock) {
        this.directory = Objects.requireNonNull(directory);
        this.port = port;
        this.protocols = List.copyOf(protocols);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        pki = DemoPki.newCa("Demo Basispoort CA", Duration.ofDays(366));
        DemoPki.Issued serverIdentity = pki.issueServer("demo-rest.basispoort.invalid");
        client = pki.issueClient("Uitgeverij Schoolsupport (demo)");
        // the JDK server writes headers and body separately: without TCP_NODELAY every answer waits for a delayed ACK
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            SSLContext tls = serverContext(serverIdentity, pki.caCertificate());
            https.setHttpsConfigurator(new HttpsConfigurator(tls) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters ssl = tls.getDefaultSSLParameters();
                    ssl.setNeedClientAuth(true);
                    ssl.setProtocols(protocols.toArray(new String[0]));
                    params.setSSLParameters(ssl);
                }
            });
            executor = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "demo-basispoort-rest");
                t.setDaemon(true);
                return t;
            });
            https.setExecutor(executor);
            https.createContext("/", this::handle);
            https.start();
            server = https;
        } catch (IOException e) {
            throw new UncheckedIOException("the demo Basispoort service could not listen on 127.0.0.1:" + port, e);
        }
        LOG.info("DEMO Basispoort REST service on {} (mutual TLS, generated CA; not for production)", baseUrl());
    }

    private static SSLContext serverContext(DemoPki.Issued identity, X509Certificate ca) {
        try {
            char[] password = new char[0];
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", identity.keys().getPrivate(), password,
                    new X509Certificate[] {identity.certificate(), ca});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the demo TLS context could not be built", e);
        }
    }

    @Override
    public int startOrder() {
        return 40;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    // ---------------------------------------------------------------- what clients and tests use

    public DemoDirectory directory() {
        return directory;
    }

    @Override
    public URI baseUrl() {
        HttpsServer s = running();
        return URI.create("https://127.0.0.1:" + s.getAddress().getPort());
    }

    @Override
    public TlsMaterial tls() {
        running();
        return new TlsMaterial(client.keys().getPrivate(), List.of(client.certificate()), List.of(pki.caCertificate()));
    }

    /** The CA that signed the server and client certificates (trust it for the server). */
    public X509Certificate caCertificate() {
        running();
        return pki.caCertificate();
    }

    public String clientCertificatePem() {
        running();
        return Pem.write(client.certificate());
    }

    public String clientKeyPem() {
        running();
        return Pem.write(client.keys().getPrivate());
    }

    public String caCertificatePem() {
        running();
        return Pem.write(pki.caCertificate());
    }

    /**
     * Writes {@code client.pem}, {@code client-key.pem} and {@code ca.pem} into {@code directory}, for
     * {@code basispoort.client-cert}, {@code basispoort.client-key} and {@code basispoort.trust-cert}.
     */
    public Credentials writeCredentials(Path target) {
        try {
            Files.createDirectories(target);
            Path cert = Files.writeString(target.resolve("client.pem"), clientCertificatePem(), StandardCharsets.US_ASCII);
            Path key = Files.writeString(target.resolve("client-key.pem"), clientKeyPem(), StandardCharsets.US_ASCII);
            Path ca = Files.writeString(target.resolve("ca.pem"), caCertificatePem(), StandardCharsets.US_ASCII);
            return new Credentials(baseUrl(), cert, key, ca);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the demo credentials to " + target + " failed", e);
        }
    }

    /** Where the demo credentials were written. */
    public record Credentials(URI baseUrl, Path clientCert, Path clientKey, Path trustCert) {
    }

    /** The next {@code times} requests whose path matches {@code pathRegex} misbehave as {@code fault}. */
    public void inject(String pathRegex, DemoFault fault, int times) {
        faults.add(new FaultRule(Pattern.compile(pathRegex), fault, new AtomicInteger(times)));
    }

    public void clearFaults() {
        faults.clear();
    }

    /** How long {@link DemoFault#SLOW} waits (bounded: at most a minute). */
    public void slowDelay(Duration delay) {
        this.slowDelay = delay.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : delay;
    }

    /** Requests served per path (query left out), for tests of retries. */
    public int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    public int totalRequests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private HttpsServer running() {
        HttpsServer s = server;
        if (s == null) {
            throw new IllegalStateException("DemoBasispoortService.start() was not called");
        }
        return s;
    }

    // ---------------------------------------------------------------- serving

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "{\"message\":\"only GET\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<DemoFault> fault = takeFault(path);
            if (fault.isPresent() && misbehave(exchange, fault.get(), path)) {
                return;
            }
            Object answer = route(path, exchange.getRequestURI().getQuery());
            if (answer instanceof Integer status) {
                send(exchange, status, ("{\"message\":\"" + status + " for " + path + "\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = json.writeValueAsBytes(answer);
            if (fault.isPresent()) {
                body = spoil(fault.get(), body);
            }
            if (fault.isPresent() && fault.get() == DemoFault.TRUNCATED_BODY) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                OutputStream out = exchange.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                // closing now, half-way, makes the server drop the connection: the client sees a premature end
                return;
            }
            send(exchange, 200, body);
        } catch (IOException | RuntimeException e) {
            LOG.debug("demo Basispoort request ended: {}", e.toString());
        }
    }

    private Optional<DemoFault> takeFault(String path) {
        for (FaultRule rule : faults) {
            if (rule.path.matcher(path).matches() && rule.remaining.getAndDecrement() > 0) {
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    /** Faults that replace the answer; true when the exchange is done. */
    private boolean misbehave(HttpExchange exchange, DemoFault fault, String path) throws IOException {
        switch (fault) {
            case SERVER_ERROR -> {
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                sendRaw(exchange, 500, "Internal Server Error (demo fault)".getBytes(StandardCharsets.UTF_8));
                return true;
            }
            case UNAVAILABLE -> {
                sendRaw(exchange, 503, "Service Unavailable (demo fault)".getBytes(StandardCharsets.UTF_8));
                return true;
            }
            case NOT_FOUND -> {
                send(exchange, 404, ("{\"message\":\"not found: " + path + "\"}").getBytes(StandardCharsets.UTF_8));
                return true;
            }
            case SLOW -> {
                try {
                    Thread.sleep(slowDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private static byte[] spoil(DemoFault fault, byte[] body) {
        return switch (fault) {
            case TRUNCATED_JSON -> java.util.Arrays.copyOf(body, Math.max(1, body.length / 2));
            case INVALID_JSON -> "<html><body>Onderhoud</body></html>".getBytes(StandardCharsets.UTF_8);
            case WRONG_SHAPE -> "{\"leerlingen\":{\"id\":\"x\"},\"medewerkers\":17,\"groepen\":\"none\"}"
                    .getBytes(StandardCharsets.UTF_8);
            default -> body;
        };
    }

    private Object route(String path, String query) throws JsonProcessingException {
        if (path.equals(BASE) || path.equals(BASE + "/")) {
            return directory.institutionIds();
        }
        Matcher feed = FEED.matcher(path);
        if (feed.matches()) {
            try {
                return directory.permissionFeed(feed.group(1).equals("toegekend"), LocalDate.parse(feed.group(2)));
            } catch (DateTimeParseException e) {
                return 400;
            }
        }
        Matcher institution = INSTITUTION.matcher(path);
        if (!institution.matches()) {
            return 404;
        }
        long id;
        try {
            id = Long.parseLong(institution.group(1));
        } catch (NumberFormatException e) {
            return 404;
        }
        if (directory.institution(id).isEmpty()) {
            return 404;
        }
        String rest = institution.group(2) == null ? "" : institution.group(2);
        if (rest.equals("/uitgever/synchronizationpermission")) {
            return new BasispoortJson.SynchronizationPermission(directory.hasPermission(id));
        }
        if (!directory.hasPermission(id)) {
            return 403;
        }
        BasispoortJson.MetaResult meta = new BasispoortJson.MetaResult(clock.instant().minusSeconds(3600).toString(),
                clock.instant().toString());
        return switch (rest) {
            case "/details" -> directory.details(id, meta);
            case "/groepen" -> directory.groups(id, meta);
            case "/leerlingen" -> directory.pupils(id, meta);
            case "/staf" -> directory.staff(id, meta);
            default -> 404;
        };
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        sendRaw(exchange, status, body);
    }

    private static void sendRaw(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
