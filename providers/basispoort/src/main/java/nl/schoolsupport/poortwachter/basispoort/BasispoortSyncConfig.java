package nl.schoolsupport.poortwachter.basispoort;

import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortMapping;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortEnvironment;
import nl.schoolsupport.poortwachter.basispoort.rest.HttpSettings;
import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.sync.SyncSchedule;
import nl.schoolsupport.poortwachter.sync.SyncSettings;

/**
 * Configuration of the Basispoort synchronisation, parsed and checked once at start-up ({@link #fromProperties});
 * errors name the key. Files are only named here; {@code PemFileConnection.start()} reads them.
 *
 * @param restBaseUrl       {@code basispoort.rest-base-url}: https URL or test/acceptance/staging/production
 * @param clientCert        {@code basispoort.client-cert}: PEM with the client certificate (and chain; may hold the key)
 * @param clientKey         {@code basispoort.client-key}: PEM private key; unset when it is in the certificate file
 * @param clientKeyPassword {@code basispoort.client-key-password}: for an encrypted key
 * @param trustCert         {@code basispoort.trust-cert}: PEM CA certificate(s) for the server; unset: JDK trust store
 */
public record BasispoortSyncConfig(URI restBaseUrl, Path clientCert, Optional<Path> clientKey,
        Optional<String> clientKeyPassword, Optional<Path> trustCert, HttpSettings http, BasispoortMapping mapping,
        SyncSettings sync, SyncSchedule schedule) {

    public static final String PREFIX = "basispoort.";

    public BasispoortSyncConfig {
        Objects.requireNonNull(restBaseUrl, "restBaseUrl");
        Objects.requireNonNull(clientCert, "clientCert");
        clientKey = Objects.requireNonNullElse(clientKey, Optional.empty());
        clientKeyPassword = Objects.requireNonNullElse(clientKeyPassword, Optional.empty());
        trustCert = Objects.requireNonNullElse(trustCert, Optional.empty());
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** Whether a real Basispoort is configured ({@code basispoort.rest-base-url} set); else use the demo service. */
    public static boolean isConfigured(Function<String, Optional<String>> properties) {
        return properties.apply("basispoort.rest-base-url").filter(v -> !v.isBlank()).isPresent();
    }

    /**
     * Reads the {@code basispoort.*} keys. {@code properties} answers a full key (e.g. {@code basispoort.client-cert})
     * with its value, if set.
     */
    public static BasispoortSyncConfig fromProperties(Function<String, Optional<String>> properties) {
        Function<String, Optional<String>> p = key -> properties.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        URI base = baseUrl(p.apply("basispoort.rest-base-url")
                .orElseThrow(() -> new ConfigurationException("basispoort.rest-base-url", "expected an https URL or one of "
                        + "test, acceptance, staging, production; got nothing")));
        Path cert = p.apply("basispoort.client-cert").map(Path::of).orElseThrow(() -> new ConfigurationException(
                "basispoort.client-cert", "expected the path of the PEM client certificate Basispoort issued; got nothing"));
        HttpSettings d = HttpSettings.DEFAULTS;
        HttpSettings http = new HttpSettings(
                duration(p, "basispoort.connect-timeout", d.connectTimeout()),
                duration(p, "basispoort.read-timeout", d.readTimeout()),
                integer(p, "basispoort.max-attempts", d.maxAttempts()),
                duration(p, "basispoort.retry-initial-delay", d.initialBackoff()),
                duration(p, "basispoort.retry-max-delay", d.maxBackoff()),
                p.apply("basispoort.max-response-size").map(v -> bytes("basispoort.max-response-size", v))
                        .orElse(d.maxResponseBytes()),
                p.apply("basispoort.tls-protocols").map(BasispoortSyncConfig::list).orElse(d.tlsProtocols()));
        BasispoortMapping mapping = new BasispoortMapping(
                BasispoortMapping.MissingDependancecode.parse(p.apply("basispoort.missing-dependancecode").orElse("")),
                p.apply("basispoort.ict-coordinator-roles").map(v -> Set.copyOf(list(v)))
                        .orElse(BasispoortMapping.DEFAULTS.ictCoordinatorRoles()));
        SyncSchedule schedule = SyncSchedule.parse("basispoort.sync-time", p.apply("basispoort.sync-time").orElse(null),
                "basispoort.sync-zone", p.apply("basispoort.sync-zone").orElse(null));
        SyncSettings s = SyncSettings.DEFAULTS;
        SyncSettings sync = new SyncSettings(schedule.zone(),
                p.apply("basispoort.sync-initial-since").map(v -> date("basispoort.sync-initial-since", v))
                        .orElse(s.initialSince()),
                s.feedOverlap(), s.resumeWindow(), s.lease(),
                integer(p, "basispoort.sync-workers", s.workers()));
        return new BasispoortSyncConfig(base, cert, p.apply("basispoort.client-key").map(Path::of),
                p.apply("basispoort.client-key-password"), p.apply("basispoort.trust-cert").map(Path::of), http, mapping, sync,
                schedule);
    }

    static URI baseUrl(String text) {
        Optional<BasispoortEnvironment> environment = BasispoortEnvironment.byName(text);
        if (environment.isPresent()) {
            return environment.get().baseUrl();
        }
        try {
            URI uri = URI.create(text);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigurationException("basispoort.rest-base-url", "expected an https URL (Basispoort uses mutual "
                        + "TLS) or one of test, acceptance, staging, production; got '" + text + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("basispoort.rest-base-url", "expected an https URL, got '" + text + "'");
        }
    }

    private static Duration duration(Function<String, Optional<String>> p, String key, Duration fallback) {
        return p.apply(key).map(v -> {
            try {
                return Duration.parse(v);
            } catch (DateTimeParseException e) {
                throw new ConfigurationException(key, "expected an ISO-8601 duration such as PT10S, got '" + v + "'");
            }
        }).orElse(fallback);
    }

    private static int integer(Function<String, Optional<String>> p, String key, int fallback) {
        return p.apply(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new ConfigurationException(key, "expected a whole number, got '" + v + "'");
            }
        }).orElse(fallback);
    }

    private static LocalDate date(String key, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw new ConfigurationException(key, "expected a date like 2013-08-01, got '" + v + "'");
        }
    }

    /** "65536", "64KB", "64 MiB", "1MB": kilo and mega are 1024-based, as for every byte size here. */
    static long bytes(String key, String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long factor = 1;
        for (String[] unit : new String[][] {{"MIB", "1048576"}, {"MB", "1048576"}, {"M", "1048576"}, {"KIB", "1024"},
                {"KB", "1024"}, {"K", "1024"}, {"B", "1"}}) {
            if (t.endsWith(unit[0])) {
                factor = Long.parseLong(unit[1]);
                t = t.substring(0, t.length() - unit[0].length());
                break;
            }
        }
        try {
            return Math.multiplyExact(Long.parseLong(t), factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConfigurationException(key, "expected a size such as 64MB, got '" + text + "'");
        }
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return "BasispoortSyncConfig[restBaseUrl=" + restBaseUrl + ", clientCert=" + clientCert + ", clientKey="
                + clientKey.map(Path::toString).orElse("(in client-cert)") + ", clientKeyPassword="
                + (clientKeyPassword.isPresent() ? "***" : "-") + ", trustCert=" + trustCert.map(Path::toString).orElse("(JDK)")
                + ", " + http + ", " + mapping + ", " + sync + ", " + schedule + "]";
    }
}
