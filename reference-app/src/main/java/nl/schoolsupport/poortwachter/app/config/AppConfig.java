package nl.schoolsupport.poortwachter.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;

/**
 * The reference app's configuration, parsed and validated once at start-up (DESIGN.md §5 for the fixed keys).
 * Keys of optional features (SAML, licence, Basispoort) are read by those features from {@link #settings()}.
 *
 * @param embeddedDatabase true when {@code database.url} is unset and the H2 file database under the data
 *                         directory is used; a generated data key is only allowed then
 * @param demoEnabled      {@code demo.enabled} (default: with the embedded database only): the built-in demo IdPs,
 *                         demo licence service and demo Basispoort directory stand in for unconfigured services.
 *                         Without it, every enabled login route must be configured for real, or start-up fails.
 */
public record AppConfig(
        String httpHost,
        int httpPort,
        URI publicBaseUrl,
        DatabaseConfig database,
        boolean embeddedDatabase,
        Path dataDirectory,
        Optional<String> dataKey,
        boolean demoEnabled,
        boolean demoData,
        Duration sessionTimeout,
        boolean secureCookies,
        Settings settings) {

    public static AppConfig from(Settings settings) {
        String host = settings.get("http.host", "127.0.0.1");
        int port = settings.getInt("http.port", 8080, 0, 65535);
        URI base = settings.getUri("public-base-url", "http://localhost:8080");
        if (!base.getScheme().equals("http") && !base.getScheme().equals("https")) {
            throw new ConfigurationException("public-base-url", "expected http or https, got " + base.getScheme());
        }
        if (base.getPath() != null && !base.getPath().isEmpty() && !base.getPath().equals("/")) {
            throw new ConfigurationException("public-base-url", "expected scheme://host[:port] without a path, got " + base);
        }
        URI normalisedBase = URI.create(base.getScheme() + "://" + base.getAuthority());
        Path dataDir = Path.of(settings.get("data-dir", "./data")).toAbsolutePath().normalize();
        Optional<String> url = settings.get("database.url");
        boolean embedded = url.isEmpty();
        DatabaseConfig database = new DatabaseConfig(
                // AUTO_SERVER: a command such as sync-now may open the database while the app runs
                url.orElse("jdbc:h2:file:" + dataDir.resolve("poortwachter") + ";AUTO_SERVER=TRUE"),
                settings.get("database.user", embedded ? "sa" : ""),
                settings.get("database.password", ""),
                settings.getInt("database.pool-size", 10, 1, 200),
                settings.getDuration("database.connection-timeout", Duration.ofSeconds(5)));
        Optional<String> dataKey = settings.get("security.data-key");
        if (dataKey.isEmpty() && !embedded) {
            throw new ConfigurationException("security.data-key", "required with an external database.url: 32 random bytes, "
                    + "base64 (e.g. openssl rand -base64 32); it protects ECK iDs at rest");
        }
        boolean demoEnabled = settings.getBoolean("demo.enabled", embedded);
        boolean demo = settings.getBoolean("demo.data", demoEnabled);
        if (demo && !demoEnabled) {
            throw new ConfigurationException("demo.data", "demo data needs demo.enabled=true");
        }
        Duration sessionTimeout = settings.getDuration("session.timeout", Duration.ofMinutes(30));
        boolean secure = settings.getBoolean("http.secure-cookies", normalisedBase.getScheme().equals("https"));
        AppConfig config = new AppConfig(host, port, normalisedBase, database, embedded, dataDir, dataKey, demoEnabled, demo,
                sessionTimeout, secure, settings);
        config.requireRealServicesUnlessDemo();
        return config;
    }

    public boolean entreeEnabled() {
        return settings.getBoolean("entree.enabled", true);
    }

    public boolean basispoortEnabled() {
        return settings.getBoolean("basispoort.enabled", true);
    }

    public boolean licenceEnabled() {
        return settings.getBoolean("licence.enabled", true);
    }

    /** A demo stand-in must never switch itself on in production because a key was forgotten. */
    private void requireRealServicesUnlessDemo() {
        if (demoEnabled) {
            return;
        }
        requireUnlessDisabled(licenceEnabled(), "licence", "licence.base-url");
        requireUnlessDisabled(entreeEnabled(), "entree", "entree.idp-metadata");
        requireUnlessDisabled(basispoortEnabled(), "basispoort", "basispoort.idp-metadata");
        requireUnlessDisabled(basispoortEnabled(), "basispoort", "basispoort.rest-base-url");
    }

    private void requireUnlessDisabled(boolean enabled, String feature, String key) {
        if (enabled && settings.get(key).isEmpty()) {
            throw new ConfigurationException(key, "required: demo.enabled is false, so no built-in demo service stands in; "
                    + "configure it or set " + feature + ".enabled=false");
        }
    }

    /** {@code public-base-url} + path, e.g. {@code url("/saml/entree/acs")}. */
    public String url(String path) {
        return publicBaseUrl + path;
    }
}
