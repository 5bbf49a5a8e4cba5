package nl.schoolsupport.poortwachter.basispoort;

import java.time.Clock;
import java.util.Objects;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortConnection;
import nl.schoolsupport.poortwachter.basispoort.rest.PemFileConnection;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.sync.SyncSettings;

/**
 * Basispoort synchronisation against a real Basispoort ({@code basispoort.rest-base-url} configured): the REST
 * client with the PEM client certificate, the {@code DirectorySource}, and core's {@code SyncModule} (job, status,
 * login guard). The certificate files are read when the {@code Lifecycle} starts. Add {@code NightlySyncModule} for
 * the nightly run. For offline use, install {@link DemoBasispoortSyncModule} instead.
 */
public final class BasispoortSyncModule extends AbstractBasispoortSyncModule {

    private final BasispoortSyncConfig config;

    public BasispoortSyncModule(BasispoortSyncConfig config) {
        super(config.http(), config.mapping());
        this.config = Objects.requireNonNull(config);
    }

    @Override
    protected void configureConnection() {
        bind(BasispoortConnection.class).to(PemFileConnection.class);
        Multibinder.newSetBinder(binder(), Startable.class).addBinding().to(PemFileConnection.class);
        OptionalBinder.newOptionalBinder(binder(), SyncSettings.class).setBinding().toInstance(config.sync());
    }

    @Provides
    @Singleton
    PemFileConnection pemFileConnection(Clock clock) {
        return new PemFileConnection(config.restBaseUrl(), config.clientCert(), config.clientKey(), config.clientKeyPassword(),
                config.trustCert(), clock);
    }
}
