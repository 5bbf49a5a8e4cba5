package nl.schoolsupport.poortwachter.entree;

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

/**
 * Adds the Entree realm. Needs core's {@code PoortwachterModule} and a store module (one-time store, replay
 * cache, clock). The IdP metadata is a {@link Startable} (loads and refreshes through the lifecycle); both it
 * and the realm are also bound as {@code @Named("entree")} so the web layer can serve SP metadata.
 * No I/O here: keys are loaded before ({@code SpKeySettings.load}), metadata when the lifecycle starts.
 */
public final class EntreeModule extends LoginRealmModule {

    private final EntreeSettings settings;
    private final SpCredentials credentials;

    public EntreeModule(EntreeSettings settings, SpCredentials credentials) {
        this.settings = Objects.requireNonNull(settings);
        this.credentials = Objects.requireNonNull(credentials);
    }

    @Override
    protected void configure() {
        bindLoginRealm().to(Key.get(SamlLoginRealm.class, Names.named(EntreeRealm.ID)));
        Multibinder.newSetBinder(binder(), Startable.class).addBinding().to(Key.get(IdpMetadata.class, Names.named(EntreeRealm.ID)));
    }

    @Provides
    @Singleton
    @Named(EntreeRealm.ID)
    IdpMetadata entreeIdpMetadata(Clock clock) {
        return settings.metadata().create(clock);
    }

    @Provides
    @Singleton
    @Named(EntreeRealm.ID)
    SamlLoginRealm entreeRealm(@Named(EntreeRealm.ID) IdpMetadata metadata, OneTimeStore oneTimeStore, ReplayCache replayCache,
            Clock clock) {
        return new EntreeRealm(settings.realm(), metadata, credentials, new EntreeAttributeMapper(), oneTimeStore, replayCache, clock);
    }
}
