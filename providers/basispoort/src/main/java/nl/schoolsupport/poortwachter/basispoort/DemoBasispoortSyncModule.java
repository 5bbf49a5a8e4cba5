package nl.schoolsupport.poortwachter.basispoort;

import java.util.Objects;

import com.google.inject.multibindings.Multibinder;

import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortMapping;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortConnection;
import nl.schoolsupport.poortwachter.basispoort.rest.HttpSettings;
import nl.schoolsupport.poortwachter.lifecycle.Startable;

/**
 * DEMO: the Basispoort synchronisation against the built-in {@link DemoBasispoortService} (generated CA, mutual TLS
 * on 127.0.0.1), for the reference app when {@code basispoort.rest-base-url} is not set. The service starts with the
 * {@code Lifecycle} (before the client's first call) and is bound as itself, so pages and tests can change its data.
 */
public final class DemoBasispoortSyncModule extends AbstractBasispoortSyncModule {

    private final DemoBasispoortService service;

    /** With the sample schools (OBS De Regenboog, CBS Het Kompas, Basisschool 't Schrijvertje). */
    public DemoBasispoortSyncModule() {
        this(new DemoBasispoortService());
    }

    /** With a given (not yet started) service. */
    public DemoBasispoortSyncModule(DemoBasispoortService service) {
        this(service, HttpSettings.DEFAULTS);
    }

    /** With a given (not yet started) service and client settings (short timeouts in tests). */
    public DemoBasispoortSyncModule(DemoBasispoortService service, HttpSettings http) {
        super(http, BasispoortMapping.DEFAULTS);
        this.service = Objects.requireNonNull(service);
    }

    @Override
    protected void configureConnection() {
        bind(DemoBasispoortService.class).toInstance(service);
        bind(BasispoortConnection.class).toInstance(service);
        Multibinder.newSetBinder(binder(), Startable.class).addBinding().toInstance(service);
    }
}
