package nl.schoolsupport.poortwachter.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;

/**
 * Real databases for tests: a private in-memory H2, or a fresh database on a real PostgreSQL server.
 *
 * <p>PostgreSQL is found through {@code POORTWACHTER_TEST_POSTGRES_URL} (an admin JDBC URL with a role that
 * may create databases; {@code .ci/postgres.sh} starts a server and prints one), defaulting to
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=poortwachter&password=poortwachter}. When no server
 * answers, PostgreSQL tests are skipped locally, but fail when {@code POORTWACHTER_TEST_REQUIRE_POSTGRES=true}
 * (as in CI), so a missing server can never pass silently there.
 */
public final class TestDatabases {

    private static final String DEFAULT_ADMIN_URL =
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=poortwachter&password=poortwachter";

    private TestDatabases() {
    }

    public static DatabaseConfig h2() {
        return DatabaseConfig.inMemory("test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** A new, empty PostgreSQL database for one test class. */
    public static DatabaseConfig postgres() {
        String adminUrl = System.getenv().getOrDefault("POORTWACHTER_TEST_POSTGRES_URL", DEFAULT_ADMIN_URL);
        boolean required = Boolean.parseBoolean(System.getenv().getOrDefault("POORTWACHTER_TEST_REQUIRE_POSTGRES", "false"));
        String name = "pw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement st = admin.createStatement()) {
            st.execute("create database " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL not reachable at POORTWACHTER_TEST_POSTGRES_URL (SQLState " + e.getSQLState()
                    + "); run .ci/postgres.sh";
            if (required) {
                throw new IllegalStateException(message, e);
            }
            Assumptions.abort(message);
        }
        String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return DatabaseConfig.of(url, "", "");
    }

    public static DatabaseConfig of(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    public enum Kind { H2, POSTGRESQL }
}
