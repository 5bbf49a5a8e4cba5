package nl.schoolsupport.poortwachter.guice;

import java.util.Objects;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.jdbc.JdbcAccountStore;
import nl.schoolsupport.poortwachter.jdbc.JdbcOneTimeStore;
import nl.schoolsupport.poortwachter.jdbc.JdbcPupilCredentialStore;
import nl.schoolsupport.poortwachter.jdbc.JdbcReplayCache;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.privacy.AesGcmDataProtector;
import nl.schoolsupport.poortwachter.privacy.DataProtector;
import nl.schoolsupport.poortwachter.pupilcode.PupilCredentialStore;
import nl.schoolsupport.poortwachter.replay.OneTimeStore;
import nl.schoolsupport.poortwachter.replay.ReplayCache;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.store.Transactions;

/**
 * The shipped JDBC store (H2 or PostgreSQL) and the data protector keyed by {@code security.data-key}.
 * Opening the pool and migrating happen in {@link Database#start()}, through the lifecycle.
 */
public final class JdbcStoreModule extends AbstractModule {

    private final DatabaseConfig config;
    private final String dataKeyBase64;

    public JdbcStoreModule(DatabaseConfig config, String dataKeyBase64) {
        this.config = Objects.requireNonNull(config);
        this.dataKeyBase64 = Objects.requireNonNull(dataKeyBase64);
    }

    @Override
    protected void configure() {
        bind(Transactions.class).to(Database.class);
        bind(AccountStore.class).to(JdbcAccountStore.class).in(Singleton.class);
        bind(ReplayCache.class).to(JdbcReplayCache.class).in(Singleton.class);
        bind(OneTimeStore.class).to(JdbcOneTimeStore.class).in(Singleton.class);
        bind(PupilCredentialStore.class).to(JdbcPupilCredentialStore.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), Startable.class).addBinding().to(Database.class);
    }

    @Provides
    @Singleton
    Database database() {
        return new Database(config);
    }

    @Provides
    @Singleton
    DataProtector dataProtector() {
        return AesGcmDataProtector.fromBase64(dataKeyBase64);
    }
}
