package nl.schoolsupport.poortwachter.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;

/** The application's own non-web bindings: its configuration and a JSON mapper. */
final class AppModule extends AbstractModule {

    private final AppConfig config;

    AppModule(AppConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(AppConfig.class).toInstance(config);
        // present when the Basispoort synchronisation is installed (basispoort.enabled)
        OptionalBinder.newOptionalBinder(binder(), SyncStatusService.class);
    }

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
