package nl.schoolsupport.poortwachter.licence.demo;

import java.time.Clock;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

import nl.schoolsupport.poortwachter.licence.LicenceEndpoint;
import nl.schoolsupport.poortwachter.lifecycle.Startable;

/**
 * DEMO ONLY: makes the built-in {@link DemoLicenceService} the licence endpoint and lets the lifecycle start it.
 * Installed by {@code LicenceModule.fromConfig} when {@code licence.base-url} is unset.
 */
public final class DemoLicenceModule extends AbstractModule {

    private final int port;

    /** @param port {@code licence.demo-port}; 0 for any free port */
    public DemoLicenceModule(int port) {
        this.port = port;
    }

    @Override
    protected void configure() {
        bind(LicenceEndpoint.class).to(DemoLicenceService.class);
        Multibinder.newSetBinder(binder(), Startable.class).addBinding().to(DemoLicenceService.class);
    }

    @Provides
    @Singleton
    DemoLicenceService demoLicenceService(Clock clock) {
        return new DemoLicenceService(port, clock);
    }
}
