package nl.schoolsupport.poortwachter.basispoort.rest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Transport tuning of the Basispoort client.
 *
 * @param connectTimeout   TCP + TLS connect limit per attempt ({@code basispoort.connect-timeout})
 * @param readTimeout      limit on silence while reading a response ({@code basispoort.read-timeout})
 * @param maxAttempts      attempts per GET including the first; only 5xx and I/O failures are retried
 *                         ({@code basispoort.max-attempts})
 * @param initialBackoff   wait before the first retry, doubled each time with ±25% jitter
 *                         ({@code basispoort.retry-initial-delay})
 * @param maxBackoff       ceiling of that wait ({@code basispoort.retry-max-delay})
 * @param maxResponseBytes larger bodies are refused, whatever the server claims ({@code basispoort.max-response-size})
 * @param tlsProtocols     TLS versions offered, never below TLS 1.2 ({@code basispoort.tls-protocols})
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff,
        Duration maxBackoff, long maxResponseBytes, List<String> tlsProtocols) {

    // declared before DEFAULTS: the constructor of DEFAULTS reads it
    private static final List<String> ALLOWED_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /** Basispoort answers a school of 1,000 users in well under a megabyte; 64 MiB leaves room for the largest boards. */
    public static final HttpSettings DEFAULTS = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
            Duration.ofSeconds(1), Duration.ofSeconds(30), 64L * 1024 * 1024, List.of("TLSv1.3", "TLSv1.2"));

    public HttpSettings {
        positive("basispoort.connect-timeout", connectTimeout);
        positive("basispoort.read-timeout", readTimeout);
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new ConfigurationException("basispoort.max-attempts", "expected 1..10, got " + maxAttempts);
        }
        positive("basispoort.retry-initial-delay", initialBackoff);
        positive("basispoort.retry-max-delay", maxBackoff);
        if (maxResponseBytes < 1024) {
            throw new ConfigurationException("basispoort.max-response-size", "expected at least 1024 bytes, got " + maxResponseBytes);
        }
        tlsProtocols = List.copyOf(tlsProtocols);
        if (tlsProtocols.isEmpty() || !ALLOWED_PROTOCOLS.containsAll(tlsProtocols)) {
            throw new ConfigurationException("basispoort.tls-protocols", "expected one or both of " + ALLOWED_PROTOCOLS
                    + " (TLS 1.2 is the minimum), got " + tlsProtocols);
        }
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new ConfigurationException(key, "expected a positive ISO-8601 duration such as PT10S, got " + value);
        }
    }

    public HttpSettings withTimeouts(Duration connect, Duration read) {
        return new HttpSettings(connect, read, maxAttempts, initialBackoff, maxBackoff, maxResponseBytes, tlsProtocols);
    }

    public HttpSettings withRetries(int attempts, Duration initial, Duration max) {
        return new HttpSettings(connectTimeout, readTimeout, attempts, initial, max, maxResponseBytes, tlsProtocols);
    }

    public HttpSettings withMaxResponseBytes(long bytes) {
        return new HttpSettings(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, bytes, tlsProtocols);
    }

    public HttpSettings withTlsProtocols(List<String> protocols) {
        return new HttpSettings(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, maxResponseBytes,
                Objects.requireNonNull(protocols));
    }
}
