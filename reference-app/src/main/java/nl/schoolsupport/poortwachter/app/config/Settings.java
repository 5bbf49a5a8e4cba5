package nl.schoolsupport.poortwachter.app.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Raw configuration with the precedence of DESIGN.md §5: a system property {@code -Dpoortwachter.KEY} wins
 * over an environment variable {@code POORTWACHTER_KEY} (upper case, dots and dashes as {@code _}), which
 * wins over the {@code --config} properties file, which wins over the built-in default. Typed getters fail
 * with a {@link ConfigurationException} that names the key.
 */
public final class Settings {

    public static final String SYSTEM_PROPERTY_PREFIX = "poortwachter.";
    public static final String ENVIRONMENT_PREFIX = "POORTWACHTER_";

    private final Map<String, String> file;
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Map<String, String> used = new TreeMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    public Settings(Map<String, String> file, Map<String, String> systemProperties, Map<String, String> environment) {
        this.file = Map.copyOf(file);
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
    }

    /** Reads the properties file (UTF-8) if given, plus this JVM's system properties and environment. */
    public static Settings load(Optional<Path> configFile) {
        Map<String, String> fromFile = new LinkedHashMap<>();
        if (configFile.isPresent()) {
            Path path = configFile.get();
            if (!Files.isReadable(path)) {
                throw new ConfigurationException("--config", "file " + path + " does not exist or is not readable");
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigurationException("--config", "file " + path + " is not a valid properties file: "
                        + e.getMessage(), e);
            }
            properties.stringPropertyNames().forEach(k -> fromFile.put(k.strip(), properties.getProperty(k).strip()));
        }
        Map<String, String> sys = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(SYSTEM_PROPERTY_PREFIX))
                .forEach(k -> sys.put(k, System.getProperty(k)));
        Map<String, String> env = new LinkedHashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith(ENVIRONMENT_PREFIX)) {
                env.put(k, v);
            }
        });
        return new Settings(fromFile, sys, env);
    }

    public static String environmentName(String key) {
        return ENVIRONMENT_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The configured value, trimmed; empty when unset or blank at every level. */
    public synchronized Optional<String> get(String key) {
        String value = systemProperties.get(SYSTEM_PROPERTY_PREFIX + key);
        String source = "system property " + SYSTEM_PROPERTY_PREFIX + key;
        if (value == null) {
            value = environment.get(environmentName(key));
            source = "environment " + environmentName(key);
        }
        if (value == null) {
            value = file.get(key);
            source = "config file";
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        used.put(key, value.strip());
        sources.put(key, source);
        return Optional.of(value.strip());
    }

    public String get(String key, String defaultValue) {
        return get(key).orElseGet(() -> {
            synchronized (this) {
                used.putIfAbsent(key, defaultValue);
                sources.putIfAbsent(key, "default");
            }
            return defaultValue;
        });
    }

    public int getInt(String key, int defaultValue, int min, int max) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            get(key, String.valueOf(defaultValue));
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new ConfigurationException(key, "expected a number from " + min + " to " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, "expected a whole number, got '" + raw.get() + "'");
        }
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            get(key, String.valueOf(defaultValue));
            return defaultValue;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigurationException(key, "expected true or false, got '" + raw.get() + "'");
        };
    }

    /** An ISO-8601 duration such as {@code PT60S}; also accepts a plain number of seconds. */
    public Duration getDuration(String key, Duration defaultValue) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            get(key, defaultValue.toString());
            return defaultValue;
        }
        try {
            Duration value = raw.get().matches("\\d+") ? Duration.ofSeconds(Long.parseLong(raw.get()))
                    : Duration.parse(raw.get().toUpperCase(Locale.ROOT));
            if (value.isNegative()) {
                throw new ConfigurationException(key, "expected a positive duration, got " + raw.get());
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(key, "expected an ISO-8601 duration like PT60S, got '" + raw.get() + "'");
        }
    }

    public URI getUri(String key, String defaultValue) {
        String raw = get(key, defaultValue);
        try {
            URI uri = new URI(raw);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new ConfigurationException(key, "expected an absolute http(s) URL, got '" + raw + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(key, "expected a URL, got '" + raw + "'");
        }
    }

    /**
     * A read-only map view for library settings parsers that take {@code Map<String, String>}: every look-up goes
     * through the same precedence (and is recorded for the configuration dump); {@code overrides} win (e.g. the
     * normalised {@code public-base-url}). Only look-ups are supported: the view cannot enumerate environment keys.
     */
    public Map<String, String> asMap(Map<String, String> overrides) {
        return new java.util.AbstractMap<>() {
            @Override
            public String get(Object key) {
                if (!(key instanceof String k)) {
                    return null;
                }
                return overrides.containsKey(k) ? overrides.get(k) : Settings.this.get(k).orElse(null);
            }

            @Override
            public boolean containsKey(Object key) {
                return get(key) != null;
            }

            @Override
            public java.util.Set<Map.Entry<String, String>> entrySet() {
                throw new UnsupportedOperationException("configuration can be looked up by key, not listed");
            }
        };
    }

    /** Every key read so far with its effective value, secrets masked: the start-up configuration dump. */
    public synchronized Map<String, String> effectiveValuesMasked() {
        Map<String, String> masked = new TreeMap<>();
        used.forEach((k, v) -> masked.put(k, (isSecret(k) ? "****" : v.replaceAll("password=[^&;]*", "password=****"))
                + "  (" + sources.get(k) + ")"));
        return masked;
    }

    /** Keys from the file that no part of the application read: probably typos. */
    public synchronized java.util.Set<String> unusedFileKeys() {
        java.util.Set<String> unused = new java.util.TreeSet<>(file.keySet());
        unused.removeAll(used.keySet());
        return unused;
    }

    static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.endsWith(".key") || k.endsWith("-key")
                || k.contains("private") || k.contains("token");
    }
}
