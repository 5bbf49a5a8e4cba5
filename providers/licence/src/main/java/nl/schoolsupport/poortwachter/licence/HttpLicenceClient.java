package nl.schoolsupport.poortwachter.licence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.apache.http.config.RegistryBuilder;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.impl.conn.SystemDefaultRoutePlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpBackOffIOExceptionHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpContent;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import com.google.api.client.util.ExponentialBackOff;

import nl.schoolsupport.poortwachter.error.InvalidInputException;
import nl.schoolsupport.poortwachter.licence.api.ApiContact;
import nl.schoolsupport.poortwachter.licence.api.AuthenticateResponse;
import nl.schoolsupport.poortwachter.licence.api.LicenceJson;
import nl.schoolsupport.poortwachter.licence.api.Problem;
import nl.schoolsupport.poortwachter.licence.api.ProblemCode;
import nl.schoolsupport.poortwachter.licence.api.SchoolLicenceResponse;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.school.ContactPerson;

/**
 * {@link LicenceClient} on Google HTTP Client over a pooled Apache transport, speaking the contract in
 * {@code docs/licence-api.md}.
 *
 * <ul>
 * <li>Connections are pooled and reused; the pool is as large as {@code licence.max-concurrent-requests}, and a
 * request that finds every permit taken waits at most the connect timeout, then fails as busy: a slow licence
 * service cannot tie up all server threads.</li>
 * <li>Connect and read timeouts per request, and a deadline for the whole answer; answers larger than
 * {@code licence.max-response-size} are refused without reading them.</li>
 * <li>The password POST is never retried (a read timeout does not tell whether the service counted the attempt);
 * the idempotent look-up GET is retried with exponential backoff on I/O errors and 5xx.</li>
 * <li>Neither password, request body nor API key are logged; Google HTTP Client's own request logging is off.</li>
 * </ul>
 *
 * Building the client does no I/O. Bind it as a {@link Startable} so {@link #close()} releases the pool.
 */
public final class HttpLicenceClient implements LicenceClient, Startable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpLicenceClient.class);
    private static final Pattern SCHOOL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    private static final String ACCEPT = LicenceJson.MEDIA_TYPE + ", " + LicenceJson.PROBLEM_MEDIA_TYPE;

    private final LicenceConfig config;
    private final LicenceEndpoint endpoint;
    private final CloseableHttpClient apache;
    private final HttpRequestFactory requests;
    private final Semaphore permits;

    /** With the JVM's default trust store. */
    public HttpLicenceClient(LicenceConfig config, LicenceEndpoint endpoint) {
        this(config, endpoint, defaultTls());
    }

    /** With an own TLS context, e.g. trusting a private CA of the licence service. */
    public HttpLicenceClient(LicenceConfig config, LicenceEndpoint endpoint, SSLContext tls) {
        this.config = Objects.requireNonNull(config);
        this.endpoint = Objects.requireNonNull(endpoint);
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(
                RegistryBuilder.<ConnectionSocketFactory>create()
                        .register("http", PlainConnectionSocketFactory.getSocketFactory())
                        .register("https", new SSLConnectionSocketFactory(tls, new String[] {"TLSv1.3", "TLSv1.2"}, null,
                                SSLConnectionSocketFactory.getDefaultHostnameVerifier()))
                        .build());
        pool.setMaxTotal(config.maxConcurrentRequests());
        pool.setDefaultMaxPerRoute(config.maxConcurrentRequests());
        // a pooled connection the server closed meanwhile is detected before use, not by a failed login
        pool.setValidateAfterInactivity(1000);
        pool.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true)
                .setSoTimeout((int) config.readTimeout().toMillis()).build());
        this.apache = HttpClientBuilder.create()
                .setConnectionManager(pool)
                .setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()))
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .addInterceptorLast(AnswerGuard.interceptor())
                .build();
        this.requests = new ApacheHttpTransport(apache).createRequestFactory();
        this.permits = new Semaphore(config.maxConcurrentRequests(), true);
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM offers no default TLS context", e);
        }
    }

    // ---- POST /v1/authenticate

    @Override
    public AuthenticateResponse authenticate(String username, char[] password, ClientInfo client) {
        byte[] body = authenticateBody(username, password, client);
        Answer answer;
        try {
            answer = exchange("POST", "/v1/authenticate", Optional.of(body), false);
        } finally {
            Arrays.fill(body, (byte) 0);
        }
        if (answer.status() == 200) {
            return parse(answer, AuthenticateResponse.class);
        }
        throw refusal(answer);
    }

    private byte[] authenticateBody(String username, char[] password, ClientInfo client) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = LicenceJson.mapper().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("username", username);
            json.writeFieldName("password");
            json.writeString(password, 0, password.length); // no String copy of the password
            json.writeStringField("product", config.product());
            if (!ClientInfo.UNKNOWN.address().equals(client.address())) {
                json.writeStringField("clientAddress", client.address());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return out.toByteArray();
    }

    private RuntimeException refusal(Answer answer) {
        Optional<Problem> problem = answer.problem();
        String code = problem.map(Problem::code).orElse("");
        int status = answer.status();
        if (status == 401 && ProblemCode.INVALID_CREDENTIALS.equals(code)) {
            return new LicenceCredentialsRejectedException();
        }
        if (status == 403 && ProblemCode.LICENCE_EXPIRED.equals(code)) {
            Problem p = problem.get();
            return new LicenceExpiredException(details(p), p.school() == null || p.licence() == null ? Optional.empty()
                    : Optional.of(new SchoolLicenceResponse(p.school(), p.administrator(), p.licence())));
        }
        if (status == 403 && ProblemCode.PRODUCT_NOT_LICENSED.equals(code)) {
            return new ProductNotLicensedException(details(problem.get()));
        }
        if (status == 403 && ProblemCode.ACCOUNT_BLOCKED.equals(code)) {
            return new LicenceAccountBlockedException(contact(problem.get().administrator()));
        }
        if (status == 429) {
            return new LicenceRateLimitedException(retryAfter(answer));
        }
        return unusable(answer, code);
    }

    // ---- GET /v1/schools/{code}/licences/{product}

    @Override
    public SchoolLicenceResponse lookup(String schoolCode) {
        if (schoolCode == null || !SCHOOL_CODE.matcher(schoolCode).matches()) {
            throw new InvalidInputException("licence school code: expected " + SCHOOL_CODE.pattern() + ", got "
                    + (schoolCode == null ? "nothing" : schoolCode.length() + " characters that do not match"));
        }
        Answer answer = exchange("GET", "/v1/schools/" + schoolCode + "/licences/" + config.product(), Optional.empty(), true);
        if (answer.status() == 200) {
            return parse(answer, SchoolLicenceResponse.class);
        }
        String code = answer.problem().map(Problem::code).orElse("");
        if (answer.status() == 404
                && (ProblemCode.UNKNOWN_SCHOOL.equals(code) || ProblemCode.PRODUCT_NOT_LICENSED.equals(code))) {
            throw new UnknownLicenceSchoolException("licence service: no licence for product " + config.product()
                    + " of school code " + schoolCode + " (" + code + ")");
        }
        throw unusable(answer, code);
    }

    // ---- shared

    private LicenceServiceUnavailableException unusable(Answer answer, String code) {
        int status = answer.status();
        String where = " (HTTP " + status + (code.isEmpty() ? "" : ", code " + code) + ", request " + answer.requestId() + ")";
        if (status >= 500) {
            return logged(new LicenceServiceUnavailableException(LicenceErrorCode.SERVICE_ERROR, "licence service failed" + where
                    + Optional.ofNullable(answer.headers().getFirstHeaderStringValue("Retry-After")).map(r -> "; Retry-After " + r)
                    .orElse("")));
        }
        if (status == 400 || ProblemCode.CLIENT_UNAUTHORIZED.equals(code)) {
            return logged(new LicenceServiceUnavailableException(LicenceErrorCode.REQUEST_REFUSED, "licence service refused the "
                    + "request itself" + where + "; check licence.api-key and licence.product"));
        }
        if (status >= 300 && status < 400) {
            return logged(new LicenceServiceUnavailableException(LicenceErrorCode.INVALID_ANSWER, "licence service redirected"
                    + where + "; redirects are not followed, set licence.base-url to the final address"));
        }
        return logged(new LicenceServiceUnavailableException(LicenceErrorCode.INVALID_ANSWER, "licence service answered "
                + "outside the contract" + where));
    }

    private <T> T parse(Answer answer, Class<T> type) {
        try {
            T value = LicenceJson.mapper().readValue(answer.body(), type);
            if (value == null) {
                throw logged(new LicenceServiceUnavailableException(LicenceErrorCode.INVALID_ANSWER, "licence service "
                        + "answered HTTP 200 with JSON null (request " + answer.requestId() + ")"));
            }
            return value;
        } catch (IOException e) {
            // the parser's message may quote the answer, which may hold personal data: keep only the kind of error
            throw logged(new LicenceServiceUnavailableException(LicenceErrorCode.INVALID_ANSWER, "licence service answered "
                    + "HTTP 200 with a body that is not the expected JSON (" + e.getClass().getSimpleName() + ", "
                    + answer.body().length + " bytes, content type " + answer.contentType() + ", request "
                    + answer.requestId() + ")"));
        }
    }

    private LicenceDetails details(Problem problem) {
        String productName = Optional.ofNullable(problem.licence()).map(l -> l.productName() != null ? l.productName()
                : l.product()).filter(n -> !n.isBlank()).orElse(config.product());
        return new LicenceDetails(productName, Optional.ofNullable(problem.licence()).map(l -> l.validUntil()),
                contact(problem.administrator()));
    }

    private static Optional<ContactPerson> contact(ApiContact administrator) {
        return Optional.ofNullable(administrator).filter(a -> a.name() != null && !a.name().isBlank())
                .map(a -> ContactPerson.of(a.name(), a.email()));
    }

    private static Duration retryAfter(Answer answer) {
        Optional<String> header = Optional.ofNullable(answer.headers().getFirstHeaderStringValue("Retry-After"));
        long seconds = 60;
        try {
            if (header.isPresent()) {
                seconds = Long.parseLong(header.get().strip());
            } else if (answer.problem().map(Problem::retryAfter).isPresent()) {
                seconds = answer.problem().get().retryAfter();
            }
        } catch (NumberFormatException e) {
            // an HTTP date or garbage: keep the default
        }
        Duration d = Duration.ofSeconds(Math.max(1, seconds));
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    /**
     * One request with timeouts, deadline, size bound and the concurrency bulkhead. Returns whatever status came;
     * throws only when no complete answer came.
     */
    private Answer exchange(String method, String path, Optional<byte[]> body, boolean idempotent) {
        URI base = LicenceEndpoint.validate(endpoint.baseUrl());
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        long deadline = started + config.requestTimeout().toNanos();
        acquirePermit(path, requestId);
        AnswerGuard.begin(new AnswerGuard.Limits(config.maxResponseBytes(), deadline));
        try {
            HttpContent content = body.map(b -> new ByteArrayContent(LicenceJson.MEDIA_TYPE, b)).orElse(null);
            HttpRequest request = requests.buildRequest(method, new GenericUrl(base + path), content);
            HttpHeaders headers = new HttpHeaders().setAccept(ACCEPT).setUserAgent("Poortwachter-licence/1")
                    .set("X-Request-Id", requestId);
            config.apiKey().ifPresent(key -> headers.setAuthorization("Bearer " + key));
            request.setHeaders(headers)
                    .setConnectTimeout((int) config.connectTimeout().toMillis())
                    .setReadTimeout((int) config.readTimeout().toMillis())
                    .setThrowExceptionOnExecuteError(false)
                    .setFollowRedirects(false)
                    .setLoggingEnabled(false)
                    .setCurlLoggingEnabled(false)
                    .setSuppressUserAgentSuffix(true)
                    .setNumberOfRetries(idempotent ? config.lookupRetries() : 0);
            if (idempotent && config.lookupRetries() > 0) {
                ExponentialBackOff backOff = new ExponentialBackOff.Builder()
                        .setInitialIntervalMillis((int) Math.max(1, config.retryBackoff().toMillis()))
                        .setMultiplier(2).setRandomizationFactor(0.2)
                        .setMaxElapsedTimeMillis((int) config.requestTimeout().toMillis()).build();
                request.setIOExceptionHandler(new HttpBackOffIOExceptionHandler(backOff));
                request.setUnsuccessfulResponseHandler(new HttpBackOffUnsuccessfulResponseHandler(backOff)
                        .setBackOffRequired(HttpBackOffUnsuccessfulResponseHandler.BackOffRequired.ON_SERVER_ERROR));
            }
            HttpResponse response = request.execute();
            Answer answer = readAnswer(response, requestId);
            LOG.debug("Licence {} {} -> HTTP {} in {} ms (request {})", method, path, answer.status(),
                    elapsedMillis(started), requestId);
            return answer;
        } catch (AnswerGuard.TooLarge e) {
            throw logged(tooLarge(requestId, e.getMessage()));
        } catch (AnswerGuard.TooSlow | SocketTimeoutException | ConnectTimeoutException e) {
            throw logged(new LicenceServiceUnavailableException(LicenceErrorCode.SERVICE_TIMEOUT, "licence service did not "
                    + "answer in time (" + e.getClass().getSimpleName() + " after " + elapsedMillis(started) + " ms; connect "
                    + "timeout " + config.connectTimeout() + ", read timeout " + config.readTimeout() + ", request " + requestId
                    + ")", e));
        } catch (SSLException e) {
            throw logged(new LicenceServiceUnavailableException(LicenceErrorCode.SERVICE_UNREACHABLE, "TLS with the licence "
                    + "service failed (" + e.getMessage() + ", request " + requestId + "); check its certificate and the "
                    + "trust store", e));
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw logged(new LicenceServiceUnavailableException(LicenceErrorCode.SERVICE_TIMEOUT, "licence request "
                    + requestId + " interrupted", e));
        } catch (IOException e) {
            throw logged(new LicenceServiceUnavailableException(LicenceErrorCode.SERVICE_UNREACHABLE, "licence service "
                    + "at " + base.getHost() + " not reachable (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + ", request " + requestId + ")", e));
        } finally {
            AnswerGuard.end();
            permits.release();
        }
    }

    private void acquirePermit(String path, String requestId) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw logged(new LicenceServiceUnavailableException(LicenceErrorCode.CLIENT_BUSY, "all "
                    + config.maxConcurrentRequests() + " licence requests of this node are in flight; " + path
                    + " not sent (request " + requestId + ")"));
        }
    }

    private Answer readAnswer(HttpResponse response, String requestId) throws IOException {
        boolean complete = false;
        try {
            Long length = response.getHeaders().getContentLength();
            if (length != null && length > config.maxResponseBytes()) {
                throw tooLarge(requestId, length + " bytes announced");
            }
            byte[] bytes = new byte[0];
            InputStream in = response.getContent();
            if (in != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(length == null ? 1024 : length.intValue());
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    if (out.size() > config.maxResponseBytes()) {
                        // more decoded than raw bytes allowed: a compressed answer the service should not send
                        throw tooLarge(requestId, "more than " + config.maxResponseBytes() + " bytes decoded");
                    }
                }
                bytes = out.toByteArray();
                in.close(); // fully read: the connection goes back to the pool
            }
            complete = true;
            return new Answer(response.getStatusCode(), response.getHeaders(), bytes,
                    Optional.ofNullable(response.getContentType()).orElse("-"), requestId);
        } catch (AnswerGuard.TooLarge e) {
            throw logged(tooLarge(requestId, e.getMessage()));
        } catch (AnswerGuard.TooSlow e) {
            throw logged(new LicenceServiceUnavailableException(LicenceErrorCode.SERVICE_TIMEOUT, "licence service sent "
                    + "its answer too slowly (not complete within licence.request-timeout " + config.requestTimeout()
                    + ", request " + requestId + ")", e));
        } catch (LicenceServiceUnavailableException e) {
            throw logged(e);
        } finally {
            if (!complete) {
                // the guard bounds what closing may still read, then aborts the connection
                try {
                    response.disconnect();
                } catch (IOException e) {
                    LOG.debug("Closing an unfinished licence answer: {}", e.toString());
                }
            }
        }
    }

    private LicenceServiceUnavailableException tooLarge(String requestId, String what) {
        return new LicenceServiceUnavailableException(LicenceErrorCode.ANSWER_TOO_LARGE, "licence service answer too large: "
                + what + ", licence.max-response-size is " + config.maxResponseBytes() + " (request " + requestId + ")");
    }

    private static LicenceServiceUnavailableException logged(LicenceServiceUnavailableException e) {
        LOG.warn("{}", e.getMessage());
        return e;
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    @Override
    public void start() {
        // nothing to start: connections are opened on demand
    }

    @Override
    public void close() {
        try {
            apache.close();
        } catch (IOException e) {
            LOG.debug("Closing the licence connection pool: {}", e.toString());
        }
    }

    /** A complete HTTP answer, any status. */
    private record Answer(int status, HttpHeaders headers, byte[] body, String contentType, String requestId) {

        Optional<Problem> problem() {
            if (body.length == 0) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(LicenceJson.mapper().readValue(body, Problem.class));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
