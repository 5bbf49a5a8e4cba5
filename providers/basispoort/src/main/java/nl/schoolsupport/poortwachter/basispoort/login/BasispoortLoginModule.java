package nl.schoolsupport.poortwachter.basispoort.login;

import java.time.Clock;
import java.util.Objects;

import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;

import nl.schoolsupport.poortwachter.guice.LoginRealmModule;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.replay.OneTimeStore;
import nl.schoolsupport.poortwachter.replay.ReplayCache;
import nl.schoolsupport.poortwachter.saml.IdpMetadata;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.sync.SyncStatusStore;

/**
 * Adds the Basispoort tile login realm. Needs core's {@code PoortwachterModule} and {@code JdbcStoreModule} (one-time
 * store, replay cache, clock, the sync status rows); install a Basispoort sync module too, since accounts come only
 * from the sync (its {@code SyncPermissionGuard} blocks schools that withdrew). The IdP metadata is a
 * {@link Startable}; it and the realm are also bound as {@code @Named("basispoort")} for the web layer.
 * No I/O here: keys are loaded before ({@code SpKeySettings.load}), metadata when the lifecycle starts.
 */
public final class BasispoortLoginModule extends LoginRealmModule {

    private final BasispoortLoginSettings settings;
    private final SpCredentials credentials;

    public BasispoortLoginModule(BasispoortLoginSettings settings, SpCredentials credentials) {
        this.settings = Objects.requireNonNull(settings);
        this.credentials = Objects.requireNonNull(credentials);
    }

    @Override
    protected void configure() {
        bindLoginRealm().to(Key.get(SamlLoginRealm.class, Names.named(BasispoortLoginRealm.ID)));
        Multibinder.newSetBinder(binder(), Startable.class).addBinding()
                .to(Key.get(IdpMetadata.class, Names.named(BasispoortLoginRealm.ID)));
    }

    @Provides
    @Singleton
    @Named(BasispoortLoginRealm.ID)
    IdpMetadata basispoortIdpMetadata(Clock clock) {
        return settings.metadata().create(clock);
    }

    @Provides
    @Singleton
    @Named(BasispoortLoginRealm.ID)
    SamlLoginRealm basispoortRealm(@Named(BasispoortLoginRealm.ID) IdpMetadata metadata, OneTimeStore oneTimeStore,
            ReplayCache replayCache, SyncStatusStore syncStatus, Clock clock) {
        BasispoortAttributeMapper mapper = new BasispoortAttributeMapper(settings.mapping(),
                InstitutionSchools.fromSyncStatus(syncStatus));
        return new BasispoortLoginRealm(settings.realm(), metadata, credentials, mapper, oneTimeStore, replayCache, clock);
    }
}
