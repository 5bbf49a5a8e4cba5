package nl.schoolsupport.poortwachter.jdbc;

import java.time.Duration;
import java.util.Objects;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Where the store lives. {@code jdbc:h2:...} and {@code jdbc:postgresql:...} are supported.
 *
 * @param maximumPoolSize  connections at most; small pools are faster on 2-core machines
 * @param connectionTimeout how long a caller waits for a free connection before failing clearly
 */
public record DatabaseConfig(String url, String user, String password, int maximumPoolSize, Duration connectionTimeout) {

    public DatabaseConfig {
        if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) {
            throw new ConfigurationException("database.url", "expected a jdbc:h2: or jdbc:postgresql: URL, got "
                    + (url == null ? "nothing" : "'" + url.replaceAll("password=[^;&]*", "password=***") + "'"));
        }
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
        if (maximumPoolSize < 1 || maximumPoolSize > 200) {
            throw new ConfigurationException("database.pool-size", "expected 1..200, got " + maximumPoolSize);
        }
        connectionTimeout = Objects.requireNonNullElse(connectionTimeout, Duration.ofSeconds(5));
    }

    public static DatabaseConfig of(String url, String user, String password) {
        return new DatabaseConfig(url, user, password, 10, Duration.ofSeconds(5));
    }

    /** A private in-memory H2 database, for tests and demos. */
    public static DatabaseConfig inMemory(String name) {
        return of("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", password=***, pool=" + maximumPoolSize + "]";
    }
}
