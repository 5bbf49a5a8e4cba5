package nl.schoolsupport.poortwachter.licence;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

import nl.schoolsupport.poortwachter.guice.LoginRealmModule;
import nl.schoolsupport.poortwachter.licence.demo.DemoLicenceModule;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.throttle.LoginThrottle;

/**
 * The licence-credentials realm ({@link LicenceRealm}, id {@code licence}) with its HTTP client. Needs
 * {@code PoortwachterModule}, a store module (for {@code DataProtector}) and {@code notice.NoticeModule} (for the
 * {@code SchoolLicenceStore} the realm records licence facts in).
 *
 * <pre>{@code
 * Guice.createInjector(new PoortwachterModule(), new JdbcStoreModule(db, key), new NoticeModule(),
 *         LicenceModule.fromConfig(LicenceConfig.from(config::get)));
 * }</pre>
 */
public final class LicenceModule extends LoginRealmModule {

    private static final int MAX_THROTTLED_KEYS = 200_000;

    private final LicenceConfig config;
    private final Module endpoint;

    private LicenceModule(LicenceConfig config, Module endpoint) {
        this.config = Objects.requireNonNull(config);
        this.endpoint = Objects.requireNonNull(endpoint);
    }

    /** The real licence service at {@code licence.base-url} if set, else the built-in demo service. */
    public static LicenceModule fromConfig(LicenceConfig config) {
        return config.baseUrl().map(url -> forService(config, url)).orElseGet(() -> withDemoService(config));
    }

    /** The licence service at {@code baseUrl} (https, or http on loopback). */
    public static LicenceModule forService(LicenceConfig config, URI baseUrl) {
        LicenceEndpoint fixed = LicenceEndpoint.fixed(baseUrl);
        return new LicenceModule(config, new AbstractModule() {
            @Override
            protected void configure() {
                bind(LicenceEndpoint.class).toInstance(fixed);
            }
        });
    }

    /** DEMO: the built-in demo licence service on {@code licence.demo-port}, started by the lifecycle. */
    public static LicenceModule withDemoService(LicenceConfig config) {
        return new LicenceModule(config, new DemoLicenceModule(config.demoPort()));
    }

    @Override
    protected void configure() {
        install(endpoint);
        bind(LicenceConfig.class).toInstance(config);
        bind(LicenceClient.class).to(HttpLicenceClient.class);
        Multibinder.newSetBinder(binder(), Startable.class).addBinding().to(HttpLicenceClient.class);
        bind(LicenceRealm.class).in(Singleton.class);
        bindLoginRealm().to(LicenceRealm.class);
    }

    @Provides
    @Singleton
    HttpLicenceClient httpLicenceClient(LicenceEndpoint licenceEndpoint) {
        return new HttpLicenceClient(config, licenceEndpoint);
    }

    @Provides
    @Singleton
    @LicenceThrottle
    LoginThrottle licenceThrottle(Clock clock) {
        return new LoginThrottle(clock, MAX_THROTTLED_KEYS);
    }
}
