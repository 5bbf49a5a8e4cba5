package nl.schoolsupport.poortwachter.licence;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Settings of the licence client, parsed and checked once at start-up; every error names its key.
 *
 * @param baseUrl               {@code licence.base-url}; empty: the built-in demo licence service
 * @param product               {@code licence.product}: the product code the licence must be for
 * @param apiKey                {@code licence.api-key}: sent as a bearer token; never logged
 * @param connectTimeout        {@code licence.connect-timeout}: TCP+TLS connect, and the wait for a free connection
 * @param readTimeout           {@code licence.read-timeout}: the longest silence while waiting for the answer
 * @param requestTimeout        {@code licence.request-timeout}: the longest a whole answer may take to arrive
 * @param maxResponseBytes      {@code licence.max-response-size}: larger answers are refused unread
 * @param maxConcurrentRequests {@code licence.max-concurrent-requests}: in flight per node; also the pool size
 * @param lookupRetries         {@code licence.lookup-retries}: extra tries of an idempotent GET; a POST never retries
 * @param retryBackoff          {@code licence.retry-backoff}: first wait before a retry, doubled after each
 * @param demoPort              {@code licence.demo-port}: port of the demo service, 0 for any free port
 */
public record LicenceConfig(Optional<URI> baseUrl, String product, Optional<String> apiKey, Duration connectTimeout,
        Duration readTimeout, Duration requestTimeout, int maxResponseBytes, int maxConcurrentRequests, int lookupRetries,
        Duration retryBackoff, int demoPort) {

    public static final String PRODUCT = "licence.product";
    public static final String API_KEY = "licence.api-key";
    public static final String CONNECT_TIMEOUT = "licence.connect-timeout";
    public static final String READ_TIMEOUT = "licence.read-timeout";
    public static final String REQUEST_TIMEOUT = "licence.request-timeout";
    public static final String MAX_RESPONSE_SIZE = "licence.max-response-size";
    public static final String MAX_CONCURRENT_REQUESTS = "licence.max-concurrent-requests";
    public static final String LOOKUP_RETRIES = "licence.lookup-retries";
    public static final String RETRY_BACKOFF = "licence.retry-backoff";
    public static final String DEMO_PORT = "licence.demo-port";

    /** The product of the demo service and the default of {@code licence.product}. */
    public static final String DEFAULT_PRODUCT = "BAREKA";

    private static final Pattern PRODUCT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public LicenceConfig {
        baseUrl = Objects.requireNonNullElse(baseUrl, Optional.<URI>empty()).map(LicenceEndpoint::validate);
        if (product == null || !PRODUCT_CODE.matcher(product).matches()) {
            throw new ConfigurationException(PRODUCT, "expected a product code like BAREKA (letters, digits, . _ -), got "
                    + (product == null ? "nothing" : "'" + product + "'"));
        }
        apiKey = Objects.requireNonNullElse(apiKey, Optional.<String>empty()).map(String::strip).filter(k -> !k.isEmpty());
        requireBetween(CONNECT_TIMEOUT, connectTimeout, Duration.ofMillis(100), Duration.ofMinutes(1));
        requireBetween(READ_TIMEOUT, readTimeout, Duration.ofMillis(100), Duration.ofMinutes(2));
        requireBetween(REQUEST_TIMEOUT, requestTimeout, readTimeout, Duration.ofMinutes(5));
        requireBetween(RETRY_BACKOFF, retryBackoff, Duration.ZERO, Duration.ofSeconds(30));
        requireBetween(MAX_RESPONSE_SIZE, maxResponseBytes, 1024, 16 * 1024 * 1024);
        requireBetween(MAX_CONCURRENT_REQUESTS, maxConcurrentRequests, 1, 1000);
        requireBetween(LOOKUP_RETRIES, lookupRetries, 0, 5);
        requireBetween(DEMO_PORT, demoPort, 0, 65535);
    }

    /** Defaults for everything but the base URL (which stays unset: the demo service). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the {@code licence.*} keys through {@code lookup} (e.g. the reference app's configuration: properties
     * file, system properties, environment). Durations are ISO-8601 ({@code PT2S}); unset keys take their default.
     */
    public static LicenceConfig from(Function<String, Optional<String>> lookup) {
        Builder b = builder();
        value(lookup, LicenceEndpoint.CONFIG_KEY).ifPresent(v -> b.baseUrl(uri(v)));
        value(lookup, PRODUCT).ifPresent(b::product);
        value(lookup, API_KEY).ifPresent(b::apiKey);
        value(lookup, CONNECT_TIMEOUT).ifPresent(v -> b.connectTimeout(duration(CONNECT_TIMEOUT, v)));
        value(lookup, READ_TIMEOUT).ifPresent(v -> b.readTimeout(duration(READ_TIMEOUT, v)));
        value(lookup, REQUEST_TIMEOUT).ifPresent(v -> b.requestTimeout(duration(REQUEST_TIMEOUT, v)));
        value(lookup, MAX_RESPONSE_SIZE).ifPresent(v -> b.maxResponseBytes(integer(MAX_RESPONSE_SIZE, v)));
        value(lookup, MAX_CONCURRENT_REQUESTS).ifPresent(v -> b.maxConcurrentRequests(integer(MAX_CONCURRENT_REQUESTS, v)));
        value(lookup, LOOKUP_RETRIES).ifPresent(v -> b.lookupRetries(integer(LOOKUP_RETRIES, v)));
        value(lookup, RETRY_BACKOFF).ifPresent(v -> b.retryBackoff(duration(RETRY_BACKOFF, v)));
        value(lookup, DEMO_PORT).ifPresent(v -> b.demoPort(integer(DEMO_PORT, v)));
        return b.build();
    }

    /** Whether {@code licence.base-url} is unset, i.e. the built-in demo service is meant. */
    public boolean usesDemoService() {
        return baseUrl.isEmpty();
    }

    @Override
    public String toString() {
        return "LicenceConfig[baseUrl=" + baseUrl.map(URI::toString).orElse("(demo)") + ", product=" + product + ", apiKey="
                + (apiKey.isPresent() ? "***" : "-") + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", requestTimeout=" + requestTimeout + ", maxResponseBytes=" + maxResponseBytes + ", maxConcurrentRequests="
                + maxConcurrentRequests + ", lookupRetries=" + lookupRetries + "]";
    }

    private static Optional<String> value(Function<String, Optional<String>> lookup, String key) {
        return lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static URI uri(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new ConfigurationException(LicenceEndpoint.CONFIG_KEY, "expected an https:// URL, got text that is not a URL"
                    + " (" + e.getReason() + ")");
        }
    }

    private static Duration duration(String key, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(key, "expected an ISO-8601 duration such as PT2S or PT0.5S, got '" + value + "'");
        }
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, "expected a whole number, got '" + value + "'");
        }
    }

    private static void requireBetween(String key, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ConfigurationException(key, "expected a duration from " + min + " to " + max + ", got " + value);
        }
    }

    private static void requireBetween(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigurationException(key, "expected " + min + ".." + max + ", got " + value);
        }
    }

    /** Fluent construction with the documented defaults. */
    public static final class Builder {
        private Optional<URI> baseUrl = Optional.empty();
        private String product = DEFAULT_PRODUCT;
        private Optional<String> apiKey = Optional.empty();
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration readTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int maxResponseBytes = 64 * 1024;
        private int maxConcurrentRequests = 32;
        private int lookupRetries = 2;
        private Duration retryBackoff = Duration.ofMillis(200);
        private int demoPort = 0;

        private Builder() {
        }

        public Builder baseUrl(URI value) { this.baseUrl = Optional.ofNullable(value); return this; }
        public Builder product(String value) { this.product = value; return this; }
        public Builder apiKey(String value) { this.apiKey = Optional.ofNullable(value); return this; }
        public Builder connectTimeout(Duration value) { this.connectTimeout = value; return this; }
        public Builder readTimeout(Duration value) { this.readTimeout = value; return this; }
        public Builder requestTimeout(Duration value) { this.requestTimeout = value; return this; }
        public Builder maxResponseBytes(int value) { this.maxResponseBytes = value; return this; }
        public Builder maxConcurrentRequests(int value) { this.maxConcurrentRequests = value; return this; }
        public Builder lookupRetries(int value) { this.lookupRetries = value; return this; }
        public Builder retryBackoff(Duration value) { this.retryBackoff = value; return this; }
        public Builder demoPort(int value) { this.demoPort = value; return this; }

        public LicenceConfig build() {
            return new LicenceConfig(baseUrl, product, apiKey, connectTimeout, readTimeout, requestTimeout, maxResponseBytes,
                    maxConcurrentRequests, lookupRetries, retryBackoff, demoPort);
        }
    }
}
