package nl.schoolsupport.poortwachter.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.schoolsupport.poortwachter.error.InvalidInputException;
import nl.schoolsupport.poortwachter.licence.api.AuthenticateResponse;
import nl.schoolsupport.poortwachter.licence.api.LicenceJson;
import nl.schoolsupport.poortwachter.realm.ClientInfo;

/** The client against a real HTTP server on 127.0.0.1 that plays the licence service, well and badly. */
class HttpLicenceClientTest {

    private static final String API_KEY = "api-key-7f3e9b1c";
    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "JUnit");

    private ContractServer server;
    private HttpLicenceClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ContractServer();
        client = client(server.baseUrl(), config().build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static LicenceConfig.Builder config() {
        return LicenceConfig.builder().apiKey(API_KEY).connectTimeout(Duration.ofMillis(500)).readTimeout(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofSeconds(2)).retryBackoff(Duration.ofMillis(50));
    }

    private static HttpLicenceClient client(URI baseUrl, LicenceConfig config) {
        return new HttpLicenceClient(config, LicenceEndpoint.fixed(baseUrl));
    }

    private AuthenticateResponse login() {
        return client.authenticate("jan.vandamme", "geheim-wachtwoord".toCharArray(), CLIENT);
    }

    /** Logs in, expects the service to be unusable with this code, within {@code maxMillis}. */
    private LicenceServiceUnavailableException unavailable(LicenceErrorCode code, long maxMillis) {
        long started = System.nanoTime();
        Throwable thrown = catchThrowable(this::login);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(thrown).isInstanceOf(LicenceServiceUnavailableException.class);
        LicenceServiceUnavailableException e = (LicenceServiceUnavailableException) thrown;
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.countsAsFailedAttempt()).isFalse();
        assertThat(e.userMessage(Locale.forLanguageTag("nl"))).contains("niet bereikbaar").contains("opnieuw");
        assertThat(e.userMessage(Locale.ENGLISH)).contains("unavailable").contains("try again");
        assertThat(millis).as("bounded latency").isLessThan(maxMillis);
        return e;
    }

    // ---- success and the request on the wire

    @Test
    void sendsTheContractRequestAndReadsTheAnswer() throws Exception {
        LocalDate until = LocalDate.of(2026, 7, 31);
        server.answer(ex -> ContractServer.json(ex, 200, Answers.success(until)));

        AuthenticateResponse answer = login();

        assertThat(answer.user().id()).isEqualTo("LB-9001");
        assertThat(answer.school().institutionNumber()).isEqualTo("123456");
        assertThat(answer.administrator().name()).isEqualTo("Mieke Janssens");
        assertThat(answer.licence().validUntil()).isEqualTo(until);
        ContractServer.Received request = server.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/authenticate");
        assertThat(request.headers().getFirst("Content-Type")).startsWith("application/json");
        assertThat(request.headers().getFirst("Accept")).contains("application/problem+json");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(request.headers().getFirst("X-Request-Id")).matches("[0-9a-f-]{36}");
        JsonNode body = LicenceJson.mapper().readTree(request.body());
        assertThat(body.get("username").asText()).isEqualTo("jan.vandamme");
        assertThat(body.get("password").asText()).isEqualTo("geheim-wachtwoord");
        assertThat(body.get("product").asText()).isEqualTo("BAREKA");
        assertThat(body.get("clientAddress").asText()).isEqualTo("203.0.113.7");
    }

    @Test
    void reusesThePooledConnection() {
        server.answer(ex -> ContractServer.json(ex, 200, Answers.success(LocalDate.of(2026, 7, 31))));
        for (int i = 0; i < 5; i++) {
            login();
        }
        assertThat(server.received()).hasSize(5);
        assertThat(server.distinctClientConnections()).isEqualTo(1);
    }

    // ---- refusals the teacher can act on

    @Test
    void wrongCredentialsAreAFailedAttempt() {
        server.answer(ex -> ContractServer.json(ex, 401, Answers.problem(401, "invalid_credentials")));
        assertThatThrownBy(this::login).isInstanceOfSatisfying(LicenceCredentialsRejectedException.class, e -> {
            assertThat(e.countsAsFailedAttempt()).isTrue();
            assertThat(e.errorCode().code()).isEqualTo("PW-LICENCE-001");
            assertThat(e.userMessage(Locale.forLanguageTag("nl"))).contains("Licentiebeheersysteem");
        });
    }

    @Test
    void expiredLicenceTellsWhenAndWhomToAsk() {
        server.answer(ex -> ContractServer.json(ex, 403, """
                {"status": 403, "code": "licence_expired", "title": "Licence expired",
                 "school": {"code": "VL-123456", "name": "Sint-Jozefschool", "country": "BE", "institutionNumber": "123456"},
                 "administrator": {"name": "Mieke Janssens", "email": "mieke@sintjozef.example"},
                 "licence": {"product": "BAREKA", "productName": "Bareka", "status": "expired", "validUntil": "2025-07-31"}}
                """));
        assertThatThrownBy(this::login).isInstanceOfSatisfying(LicenceExpiredException.class, e -> {
            assertThat(e.countsAsFailedAttempt()).isFalse();
            assertThat(e.userMessage(Locale.forLanguageTag("nl-BE")))
                    .isEqualTo("De licentie van je school voor Bareka is verlopen op 31 juli 2025. Vraag de "
                            + "licentiecontactpersoon van je school (Mieke Janssens, mieke@sintjozef.example) om de licentie "
                            + "te verlengen; daarna kun je weer inloggen.");
            assertThat(e.getMessage()).as("log text without personal data").doesNotContain("Mieke");
            assertThat(e.reported()).isPresent();
        });
    }

    @Test
    void productNotLicensedAndBlockedAccountAndRateLimit() {
        server.answer(ex -> ContractServer.json(ex, 403, Answers.problem(403, "product_not_licensed")));
        assertThatThrownBy(this::login).isInstanceOfSatisfying(ProductNotLicensedException.class,
                e -> assertThat(e.userMessage(null)).contains("geen licentie voor BAREKA"));

        server.answer(ex -> ContractServer.json(ex, 403, Answers.problem(403, "account_blocked")));
        assertThatThrownBy(this::login).isInstanceOfSatisfying(LicenceAccountBlockedException.class,
                e -> assertThat(e.errorCode().code()).isEqualTo("PW-LICENCE-004"));

        server.answer(ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            ContractServer.json(ex, 429, Answers.problem(429, "rate_limited"));
        });
        assertThatThrownBy(this::login).isInstanceOfSatisfying(LicenceRateLimitedException.class, e -> {
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
            assertThat(e.countsAsFailedAttempt()).isFalse();
            assertThat(e.userMessage(null)).contains("over 2 minuten");
        });
    }

    // ---- the service cannot give a usable answer

    @Test
    void serverErrorsAreUnavailableAndThePostIsNotRepeated() {
        server.answer(ex -> ContractServer.json(ex, 500, "{\"oops\": true}"));
        unavailable(LicenceErrorCode.SERVICE_ERROR, 5_000);
        server.answer(ex -> {
            ex.getResponseHeaders().set("Retry-After", "30");
            ContractServer.send(ex, 503, "text/html", "<html>maintenance</html>");
        });
        LicenceServiceUnavailableException e = unavailable(LicenceErrorCode.SERVICE_ERROR, 5_000);
        assertThat(e.getMessage()).contains("HTTP 503").contains("Retry-After 30");
        assertThat(server.received()).as("one POST per login, never repeated").hasSize(2);
    }

    @Test
    void connectionRefused() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        try (HttpLicenceClient refused = client(URI.create("http://127.0.0.1:" + freePort), config().build())) {
            long started = System.nanoTime();
            Throwable thrown = catchThrowable(() -> refused.authenticate("a", "b".toCharArray(), CLIENT));
            assertThat(thrown).isInstanceOfSatisfying(LicenceServiceUnavailableException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(LicenceErrorCode.SERVICE_UNREACHABLE));
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
        }
    }

    @Test
    void readTimeoutIsBoundedAndThePasswordIsNotPostedAgain() {
        server.answer(ex -> {
            Thread.sleep(4_000);
            ContractServer.json(ex, 200, Answers.success(LocalDate.of(2026, 7, 31)));
        });
        LicenceServiceUnavailableException e = unavailable(LicenceErrorCode.SERVICE_TIMEOUT, 5_000);
        assertThat(e.getMessage()).contains("read timeout PT1S");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void answerDribbledSlowerThanTheRequestTimeout() {
        server.answer(ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(300);
                }
            }
        });
        unavailable(LicenceErrorCode.SERVICE_TIMEOUT, 5_000);
    }

    @Test
    void garbageIsAnInvalidAnswer() {
        server.answer(ex -> ContractServer.send(ex, 200, "text/html", "<html><body>Welkom</body></html>"));
        LicenceServiceUnavailableException e = unavailable(LicenceErrorCode.INVALID_ANSWER, 5_000);
        assertThat(e.getMessage()).doesNotContain("Welkom").contains("text/html");

        server.answer(ex -> ContractServer.json(ex, 200, "{\"user\": {\"id\": "));
        unavailable(LicenceErrorCode.INVALID_ANSWER, 5_000);
        server.answer(ex -> ContractServer.json(ex, 401, ""));
        unavailable(LicenceErrorCode.INVALID_ANSWER, 5_000);
        server.answer(ex -> {
            ex.getResponseHeaders().set("Location", "https://elsewhere.example/login");
            ContractServer.send(ex, 302, "text/plain", "moved");
        });
        assertThat(unavailable(LicenceErrorCode.INVALID_ANSWER, 5_000).getMessage()).contains("redirect");
    }

    @Test
    void oversizedAnswersAreRefusedWhetherAnnouncedOrNot() {
        String huge = "{\"padding\": \"" + "x".repeat(200_000) + "\"}";
        server.answer(ex -> ContractServer.json(ex, 200, huge));
        assertThat(unavailable(LicenceErrorCode.ANSWER_TOO_LARGE, 5_000).getMessage()).contains("announced");

        server.answer(ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = ex.getResponseBody()) {
                out.write(huge.getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(unavailable(LicenceErrorCode.ANSWER_TOO_LARGE, 5_000).getMessage()).contains("more than");
    }

    @Test
    void requestsTheServiceRefusesPointAtConfiguration() {
        server.answer(ex -> ContractServer.json(ex, 401, Answers.problem(401, "client_unauthorized")));
        assertThat(unavailable(LicenceErrorCode.REQUEST_REFUSED, 5_000).getMessage()).contains("licence.api-key");
        server.answer(ex -> ContractServer.json(ex, 400, Answers.problem(400, "invalid_request")));
        unavailable(LicenceErrorCode.REQUEST_REFUSED, 5_000);
    }

    // ---- the look-up GET retries, the POST never does

    @Test
    void lookupRetriesServerErrorsWithBackoff() {
        AtomicInteger calls = new AtomicInteger();
        server.answer(ex -> {
            if (calls.incrementAndGet() < 3) {
                ContractServer.json(ex, 503, Answers.problem(503, "unavailable"));
            } else {
                ContractServer.json(ex, 200, """
                        {"school": {"code": "VL-123456", "name": "Sint-Jozefschool", "country": "BE"},
                         "licence": {"product": "BAREKA", "status": "active", "validUntil": "2026-07-31"}}""");
            }
        });

        assertThat(client.lookup("VL-123456").licence().status()).isEqualTo("active");
        assertThat(server.received()).hasSize(3).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/v1/schools/VL-123456/licences/BAREKA");
        });
    }

    @Test
    void lookupOfAnUnknownSchoolAndABadCode() {
        server.answer(ex -> ContractServer.json(ex, 404, Answers.problem(404, "unknown_school")));
        assertThatThrownBy(() -> client.lookup("VL-999999")).isInstanceOf(UnknownLicenceSchoolException.class)
                .hasMessageContaining("PW-LICENCE-013");
        assertThat(server.received()).as("a definite answer is not retried").hasSize(1);
        assertThatThrownBy(() -> client.lookup("../admin")).isInstanceOf(InvalidInputException.class);
        assertThat(server.received()).hasSize(1);
    }

    // ---- concurrency

    @Test
    void concurrentLoginsAreBoundedAndNeverHang() throws Exception {
        server.answer(ex -> {
            Thread.sleep(300);
            ContractServer.json(ex, 200, Answers.success(LocalDate.of(2026, 7, 31)));
        });
        try (HttpLicenceClient bounded = client(server.baseUrl(), config().maxConcurrentRequests(4).build())) {
            ExecutorService pool = Executors.newFixedThreadPool(32);
            try {
                List<Callable<String>> logins = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    logins.add(() -> {
                        try {
                            bounded.authenticate("t", "p".toCharArray(), CLIENT);
                            return "ok";
                        } catch (LicenceServiceUnavailableException e) {
                            return e.errorCode().code();
                        }
                    });
                }
                long started = System.nanoTime();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(logins, 20, TimeUnit.SECONDS)) {
                    outcomes.add(f.get());
                }
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(10_000);
                assertThat(outcomes).containsOnly("ok", LicenceErrorCode.CLIENT_BUSY.code()).contains("ok");
                assertThat(server.peakInFlight()).isLessThanOrEqualTo(4);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aHangingServiceReleasesEveryCallerWithinTheTimeout() throws Exception {
        server.answer(ex -> Thread.sleep(10_000));
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Callable<String>> logins = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                logins.add(() -> {
                    try {
                        login();
                        return "ok";
                    } catch (LicenceServiceUnavailableException e) {
                        return e.errorCode().code();
                    }
                });
            }
            long started = System.nanoTime();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(logins, 20, TimeUnit.SECONDS)) {
                outcomes.add(f.get());
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
            assertThat(outcomes).containsOnly(LicenceErrorCode.SERVICE_TIMEOUT.code());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- nothing secret in the logs

    @Test
    void neitherPasswordNorApiKeyReachTheLog() throws IOException {
        String password = "Zeer-Geheim-8d1f";
        Path logFile = Path.of("target", "licence-tests.log");
        long before = Files.exists(logFile) ? Files.size(logFile) : 0;

        server.answer(ex -> ContractServer.json(ex, 200, Answers.success(LocalDate.of(2026, 7, 31))));
        client.authenticate("jan.vandamme", password.toCharArray(), CLIENT);
        server.answer(ex -> ContractServer.json(ex, 500, "{\"echo\": \"" + password + "\"}"));
        catchThrowable(() -> client.authenticate("jan.vandamme", password.toCharArray(), CLIENT));

        byte[] all = Files.readAllBytes(logFile);
        String log = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
        assertThat(log).as("the log was written (debug level)").contains("/v1/authenticate").contains("PW-LICENCE-008");
        assertThat(log).doesNotContain(password).doesNotContain(API_KEY);
    }

    @Test
    void plainHttpOnlyOnLoopback() {
        assertThatThrownBy(() -> LicenceEndpoint.fixed(URI.create("http://licenties.schoolsupport.example/api")))
                .hasMessageContaining("licence.base-url").hasMessageContaining("https");
        assertThatThrownBy(() -> LicenceEndpoint.fixed(URI.create("https://user:pw@licenties.example")))
                .hasMessageContaining("licence.base-url").hasMessageContaining("user info").hasMessageNotContaining("pw@");
        assertThat(LicenceEndpoint.fixed(URI.create("https://licenties.example/api/")).baseUrl())
                .isEqualTo(URI.create("https://licenties.example/api"));
        assertThat(LicenceEndpoint.fixed(URI.create("http://localhost:8099")).baseUrl().getPort()).isEqualTo(8099);
        // an endpoint that changes its mind at run time is checked on every request too
        LicenceEndpoint sneaky = () -> URI.create("http://licenties.example");
        try (HttpLicenceClient c = new HttpLicenceClient(config().build(), sneaky)) {
            assertThatThrownBy(() -> c.authenticate("a", "b".toCharArray(), CLIENT)).hasMessageContaining("licence.base-url");
        }
    }
}
