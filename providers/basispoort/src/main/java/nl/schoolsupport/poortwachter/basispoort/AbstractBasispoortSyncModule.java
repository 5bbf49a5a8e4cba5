package nl.schoolsupport.poortwachter.basispoort;

import java.util.Objects;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortDirectorySource;
import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortMapping;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortRestClient;
import nl.schoolsupport.poortwachter.basispoort.rest.HttpSettings;
import nl.schoolsupport.poortwachter.sync.DirectorySource;
import nl.schoolsupport.poortwachter.sync.SyncModule;

/** What the real and the demo Basispoort sync share; subclasses say where Basispoort is. */
abstract class AbstractBasispoortSyncModule extends AbstractModule {

    private final HttpSettings http;
    private final BasispoortMapping mapping;

    AbstractBasispoortSyncModule(HttpSettings http, BasispoortMapping mapping) {
        this.http = Objects.requireNonNull(http);
        this.mapping = Objects.requireNonNull(mapping);
    }

    @Override
    protected final void configure() {
        install(new SyncModule());
        bind(HttpSettings.class).toInstance(http);
        bind(BasispoortMapping.class).toInstance(mapping);
        bind(BasispoortRestClient.class).in(Singleton.class);
        bind(BasispoortDirectorySource.class).in(Singleton.class);
        bind(DirectorySource.class).to(BasispoortDirectorySource.class);
        configureConnection();
    }

    /** Binds {@code BasispoortConnection} (and whatever must start for it). */
    protected abstract void configureConnection();
}
