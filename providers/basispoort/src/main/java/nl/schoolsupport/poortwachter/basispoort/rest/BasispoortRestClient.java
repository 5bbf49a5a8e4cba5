package nl.schoolsupport.poortwachter.basispoort.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.net.ssl.SSLException;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.util.BackOff;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.client.util.Sleeper;

/**
 * GETs JSON from the Basispoort REST API over mutual TLS (Google HTTP Client on the JDK's HttpsURLConnection).
 *
 * <ul>
 * <li>TLS 1.2 or newer only; the client certificate from {@link BasispoortConnection}; the server checked
 *     against the configured CA (or the JDK trust store) and its host name;</li>
 * <li>connect and read timeouts per attempt; 5xx answers and I/O failures (refused, timed out, cut off) are
 *     retried with exponential backoff and jitter, up to {@link HttpSettings#maxAttempts()}. Only GETs exist here,
 *     and they are idempotent; a future non-idempotent call must not go through the retry loop;</li>
 * <li>TLS handshake failures, 4xx, invalid JSON and oversized bodies are not retried: repeating cannot help;</li>
 * <li>bodies are read completely, at most {@link HttpSettings#maxResponseBytes()}, before parsing, so a cut-off
 *     body is told apart from bad JSON. Nothing of a body is logged (it is personal data).</li>
 * </ul>
 */
public final class BasispoortRestClient {

    private static final Logger LOG = LoggerFactory.getLogger(BasispoortRestClient.class);
    private static final String USER_AGENT = "Poortwachter-Basispoort-Sync";

    private final BasispoortConnection connection;
    private final HttpSettings settings;
    private final Sleeper sleeper;
    private final ObjectMapper json = BasispoortJson.mapper();
    private volatile Transport transport;

    private record Transport(HttpRequestFactory factory, ProtocolPinningSocketFactory sockets, String baseUrl,
            X509Certificate clientCertificate) {
    }

    @Inject
    public BasispoortRestClient(BasispoortConnection connection, HttpSettings settings) {
        this(connection, settings, Sleeper.DEFAULT);
    }

    public BasispoortRestClient(BasispoortConnection connection, HttpSettings settings, Sleeper sleeper) {
        this.connection = Objects.requireNonNull(connection);
        this.settings = Objects.requireNonNull(settings);
        this.sleeper = Objects.requireNonNull(sleeper);
    }

    /** GET {@code path} (e.g. {@code /rest/v2/instellingen/42/details}) as {@code type}. */
    public <T> T get(String path, Class<T> type) {
        return get(path, json.constructType(type));
    }

    /** GET a JSON array of {@code element}s; an empty body counts as an empty array. */
    public <T> List<T> getList(String path, Class<T> element) {
        return get(path, json.getTypeFactory().constructCollectionType(List.class, element));
    }

    private <T> T get(String path, JavaType type) {
        Transport t = transport();
        GenericUrl url = new GenericUrl(t.baseUrl + path);
        BackOff backOff = new ExponentialBackOff.Builder()
                .setInitialIntervalMillis((int) Math.min(Integer.MAX_VALUE, settings.initialBackoff().toMillis()))
                .setMaxIntervalMillis((int) Math.min(Integer.MAX_VALUE, settings.maxBackoff().toMillis()))
                .setMultiplier(2.0)
                .setRandomizationFactor(0.25)
                .setMaxElapsedTimeMillis(Integer.MAX_VALUE)
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(t, url, path, type);
            } catch (RetryableFailure failure) {
                if (attempt >= settings.maxAttempts()) {
                    throw new BasispoortException(failure.code, failure.getMessage() + " (gave up after " + attempt
                            + " attempts)", failure.getCause());
                }
                long wait = nextBackOff(backOff);
                LOG.info("Basispoort GET {}: attempt {} of {} failed ({} {}); retrying in {} ms", path, attempt,
                        settings.maxAttempts(), failure.code.code(), failure.getMessage(), wait);
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BasispoortException(failure.code, failure.getMessage() + " (interrupted while waiting to retry)");
                }
            }
        }
    }

    private static long nextBackOff(BackOff backOff) {
        try {
            long wait = backOff.nextBackOffMillis();
            return wait == BackOff.STOP ? 0 : wait;
        } catch (IOException e) {
            return 0;
        }
    }

    private <T> T attempt(Transport t, GenericUrl url, String path, JavaType type) throws RetryableFailure {
        HttpResponse response;
        try {
            HttpRequest request = t.factory.buildGetRequest(url)
                    .setConnectTimeout(millis(settings.connectTimeout()))
                    .setReadTimeout(millis(settings.readTimeout()))
                    .setNumberOfRetries(0)
                    .setThrowExceptionOnExecuteError(false)
                    .setFollowRedirects(false)
                    .setLoggingEnabled(false)
                    .setCurlLoggingEnabled(false)
                    .setSuppressUserAgentSuffix(true);
            request.getHeaders().setAccept("application/json").setUserAgent(USER_AGENT);
            t.sockets.clear();
            response = request.execute();
        } catch (SSLException e) {
            throw tlsFailure(t, path, e);
        } catch (IOException e) {
            if (t.sockets.handshakeUnfinished() && !(e instanceof SocketTimeoutException) && !(e instanceof ConnectException)) {
                throw tlsFailure(t, path, new SSLException("the server closed the connection during the TLS handshake ("
                        + ioProblem(e) + "); remote host terminated the handshake", e));
            }
            throw new RetryableFailure(BasispoortErrorCode.UNREACHABLE, "GET " + path + ": " + ioProblem(e), e);
        }
        boolean reusable = false;
        try {
            int status = response.getStatusCode();
            if (status >= 500) {
                throw new RetryableFailure(BasispoortErrorCode.SERVER_ERROR_STATUS, "GET " + path + ": Basispoort answered "
                        + status + " " + Objects.toString(response.getStatusMessage(), ""), null);
            }
            if (status == 401 || status == 403) {
                throw new BasispoortException(BasispoortErrorCode.NOT_AUTHORISED, "GET " + path + ": Basispoort answered "
                        + status + ": the client certificate " + describe(t.clientCertificate) + " is not authorised for this "
                        + "call (for a school: has it granted synchronisation permission?)");
            }
            if (status < 200 || status >= 300) {
                throw new BasispoortException(BasispoortErrorCode.CLIENT_ERROR_STATUS, "GET " + path + ": expected 200, "
                        + "Basispoort answered " + status + " " + Objects.toString(response.getStatusMessage(), "")
                        + (status == 404 ? " (unknown institution or path; check basispoort.rest-base-url)" : ""));
            }
            Long announced = response.getHeaders().getContentLength();
            if (announced != null && announced > settings.maxResponseBytes()) {
                throw tooLarge(path, announced);
            }
            byte[] body = readBounded(response, path);
            reusable = true;
            return parse(body, path, type);
        } finally {
            if (reusable) {
                ignoreQuietly(response);
            } else {
                // a connection with an unread or broken body must not be handed to the next request
                disconnectQuietly(response);
            }
        }
    }

    private byte[] readBounded(HttpResponse response, String path) throws RetryableFailure {
        try (InputStream in = response.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > settings.maxResponseBytes()) {
                    throw tooLarge(path, total);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new RetryableFailure(e instanceof SocketTimeoutException ? BasispoortErrorCode.UNREACHABLE
                    : BasispoortErrorCode.TRUNCATED_RESPONSE, "GET " + path + ": the body ended early (" + ioProblem(e) + ")", e);
        }
    }

    private <T> T parse(byte[] body, String path, JavaType type) throws RetryableFailure {
        if (body.length == 0 && type.isCollectionLikeType()) {
            return json.convertValue(List.of(), type);
        }
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            if (hasCause(e, JsonEOFException.class) || (e.getLocation() != null && e.getLocation().getByteOffset() >= body.length)) {
                throw new RetryableFailure(BasispoortErrorCode.TRUNCATED_RESPONSE, "GET " + path + ": the JSON body ends "
                        + "before it is complete (" + body.length + " bytes)", e);
            }
            if (e instanceof MismatchedInputException mismatch) {
                // the path names fields (medewerkers[3].id), never their values
                throw new BasispoortException(BasispoortErrorCode.INVALID_JSON, "GET " + path + ": the JSON does not have the "
                        + "expected shape at '" + fieldPath(mismatch) + "' (" + e.getClass().getSimpleName() + ")", e);
            }
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new BasispoortException(BasispoortErrorCode.INVALID_JSON, "GET " + path + ": the body is not valid JSON"
                    + where + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (IOException e) {
            throw new BasispoortException(BasispoortErrorCode.INVALID_JSON, "GET " + path + ": the body could not be read as "
                    + "JSON (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(top level)" : path.toString();
    }

    private BasispoortException tooLarge(String path, long bytes) {
        return new BasispoortException(BasispoortErrorCode.RESPONSE_TOO_LARGE, "GET " + path + ": the body is larger than "
                + settings.maxResponseBytes() + " bytes (" + bytes + " seen); raise basispoort.max-response-size if this "
                + "school is really that large");
    }

    /** Sorts a handshake failure into: they refused our certificate, we refused theirs, or no common ground. */
    private BasispoortException tlsFailure(Transport t, String path, SSLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (hasCause(e, CertPathBuilderException.class) || hasCause(e, CertPathValidatorException.class)
                || hasCause(e, CertificateException.class) || message.contains("pkix")
                || message.contains("subject alternative") || message.contains("no name matching")) {
            return new BasispoortException(BasispoortErrorCode.SERVER_NOT_TRUSTED, "GET " + path + ": the server's certificate "
                    + "is not trusted (" + e.getMessage() + "). Check basispoort.trust-cert (the CA of " + t.baseUrl
                    + ") and that the host name in basispoort.rest-base-url matches the certificate", e);
        }
        if (message.contains("bad_certificate") || message.contains("certificate_unknown") || message.contains("unknown_ca")
                || message.contains("certificate_required") || message.contains("access_denied")
                || message.contains("certificate_expired") || message.contains("certificate_revoked")
                || message.contains("unsupported_certificate")) {
            return new BasispoortException(BasispoortErrorCode.CLIENT_CERTIFICATE_REJECTED, "GET " + path + ": Basispoort "
                    + "refused our client certificate in the TLS handshake (" + e.getMessage() + "). Check that "
                    + "basispoort.client-cert is the certificate Basispoort issued for this environment (" + t.baseUrl
                    + "), that it is valid, and that basispoort.client-key belongs to it; presented: "
                    + describe(t.clientCertificate), e);
        }
        if (message.contains("terminated the handshake") && settings.tlsProtocols().contains("TLSv1.2")) {
            // a server hangs up without an alert when it dislikes the client certificate (JDK servers do; so may others)
            return new BasispoortException(BasispoortErrorCode.CLIENT_CERTIFICATE_REJECTED, "GET " + path + ": Basispoort "
                    + "ended the TLS handshake without giving a reason (" + e.getMessage() + "); with mutual TLS and TLS 1.2 "
                    + "offered this nearly always means it refused our client certificate. Check basispoort.client-cert and "
                    + "basispoort.client-key (issued for " + t.baseUrl + "?); presented: " + describe(t.clientCertificate), e);
        }
        return new BasispoortException(BasispoortErrorCode.TLS_HANDSHAKE_FAILED, "GET " + path + ": the TLS handshake with "
                + t.baseUrl + " failed (" + e.getMessage() + "); offered " + settings.tlsProtocols()
                + " (basispoort.tls-protocols)", e);
    }

    private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private String ioProblem(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return "timed out (connect " + settings.connectTimeout() + ", read " + settings.readTimeout() + ")";
        }
        if (e instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String describe(X509Certificate certificate) {
        return "subject '" + certificate.getSubjectX500Principal().getName() + "', issuer '"
                + certificate.getIssuerX500Principal().getName() + "', valid until " + certificate.getNotAfter().toInstant();
    }

    private static void ignoreQuietly(HttpResponse response) {
        try {
            response.ignore();
        } catch (IOException ignored) {
            // already read completely
        }
    }

    private static void disconnectQuietly(HttpResponse response) {
        try {
            response.disconnect();
        } catch (IOException ignored) {
            // the connection is gone either way
        }
    }

    private static int millis(java.time.Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    private Transport transport() {
        Transport t = transport;
        if (t == null) {
            synchronized (this) {
                t = transport;
                if (t == null) {
                    TlsMaterial tls = connection.tls();
                    URI base = connection.baseUrl();
                    if (!"https".equalsIgnoreCase(base.getScheme())) {
                        throw new nl.schoolsupport.poortwachter.error.ConfigurationException("basispoort.rest-base-url",
                                "expected an https URL (mutual TLS), got " + base);
                    }
                    ProtocolPinningSocketFactory sockets = new ProtocolPinningSocketFactory(tls.sslContext().getSocketFactory(),
                            settings.tlsProtocols());
                    NetHttpTransport http = new NetHttpTransport.Builder().setSslSocketFactory(sockets).build();
                    String baseText = base.toString().replaceAll("/+$", "");
                    t = new Transport(http.createRequestFactory(), sockets, baseText, tls.certificate());
                    transport = t;
                }
            }
        }
        return t;
    }

    /** A failure worth another attempt (5xx, I/O); becomes a {@link BasispoortException} when attempts run out. */
    private static final class RetryableFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient BasispoortErrorCode code;

        RetryableFailure(BasispoortErrorCode code, String message, Throwable cause) {
            super(message, cause, false, false);
            this.code = code;
        }
    }
}
