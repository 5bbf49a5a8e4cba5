package nl.schoolsupport.poortwachter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.store.StoreUnavailableException;
import nl.schoolsupport.poortwachter.store.Transactions;

/**
 * The connection pool, the schema migrations and the transaction boundary in one place.
 *
 * <p>Transactions are bound to the calling thread: {@link #inTransaction} opens one, and every
 * {@link #run} on the same thread joins it. Outside a transaction each {@link #run} is its own
 * transaction. Nothing happens in the constructor; {@link #start()} opens the pool and migrates.
 */
public final class Database implements Transactions, Startable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseConfig config;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private volatile HikariDataSource dataSource;

    public Database(DatabaseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Opens the pool and brings the schema up to date (Flyway). Idempotent. */
    @Override
    public synchronized void start() {
        if (dataSource != null) {
            return;
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maximumPoolSize());
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setAutoCommit(true);
        hikari.setPoolName("poortwachter");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("connecting to " + dialectName(), e);
        }
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .table("pw_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreUnavailableException("schema migration", e);
        }
        LOG.info("Database ready: {} (pool {} connections)", dialectName(), config.maximumPoolSize());
        dataSource = ds;
    }

    @Override
    public int startOrder() {
        return 0;
    }

    public Dialect dialect() {
        return config.url().startsWith("jdbc:postgresql:") ? Dialect.POSTGRESQL : Dialect.H2;
    }

    private String dialectName() {
        return dialect().name();
    }

    public DataSource dataSource() {
        HikariDataSource ds = dataSource;
        if (ds == null) {
            throw new IllegalStateException("Database.start() was not called");
        }
        return ds;
    }

    /** True if the database answers a trivial query within a second. */
    public boolean isHealthy() {
        try (Connection c = dataSource().getConnection()) {
            return c.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection connection;
        try {
            connection = dataSource().getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreUnavailableException("opening a transaction", e);
        }
        current.set(connection);
        try {
            T result = work.get();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw new StoreUnavailableException("commit", e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            current.remove();
            closeQuietly(connection);
        }
    }

    /** Whether the calling thread is inside {@link #inTransaction}. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs JDBC work in the current transaction, or in a transaction of its own if there is none.
     * {@link SQLException}s become {@link StoreUnavailableException} naming {@code operation}.
     */
    public <T> T run(String operation, SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw new StoreUnavailableException(operation, e);
            }
        }
        return inTransaction(() -> {
            try {
                return work.run(current.get());
            } catch (SQLException e) {
                throw new StoreUnavailableException(operation, e);
            }
        });
    }

    /** The connection of the current transaction, for {@code MergeParticipant}s that share the database. */
    public Connection currentConnection() {
        Connection c = current.get();
        if (c == null) {
            throw new IllegalStateException("not inside Database.inTransaction");
        }
        return c;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed (SQLState {}); the connection is discarded", e.getSQLState());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the pool tests the connection before reuse
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do
        }
    }

    @Override
    public synchronized void close() {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
    }

    /** The SQL dialects the store is tested on. */
    public enum Dialect { H2, POSTGRESQL }
}
