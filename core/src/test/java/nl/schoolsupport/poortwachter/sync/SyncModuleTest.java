package nl.schoolsupport.poortwachter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.identity.LoginGuard;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

class SyncModuleTest {

    private static Injector injector(com.google.inject.Module... extra) {
        AbstractModule directory = new AbstractModule() {
            @Override
            protected void configure() {
                bind(DirectorySource.class).toInstance(new InMemoryDirectory());
            }
        };
        com.google.inject.Module[] all = new com.google.inject.Module[extra.length + 4];
        all[0] = new PoortwachterModule();
        all[1] = new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey());
        all[2] = new SyncModule();
        all[3] = directory;
        System.arraycopy(extra, 0, all, 4, extra.length);
        return Guice.createInjector(all);
    }

    @Test
    void buildsTheJobTheStatusServiceAndTheGuardWithoutTouchingTheDatabase() {
        Injector injector = injector(new SyncModule());

        assertThat(injector.getInstance(SyncJob.class).source()).isEqualTo("basispoort");
        assertThat(injector.getInstance(SyncStatusService.class)).isSameAs(injector.getInstance(SyncStatusService.class));
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<LoginGuard>>() { })))
                .hasAtLeastOneElementOfType(SyncPermissionGuard.class);
        assertThat(injector.getInstance(SyncSettings.class)).isEqualTo(SyncSettings.DEFAULTS);
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<Startable>>() { })))
                .noneMatch(s -> s instanceof NightlySync);
    }

    @Test
    void nightlyModuleAddsTheScheduleAsAStartable() {
        Injector injector = injector(new NightlySyncModule(SyncSchedule.DEFAULT));

        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<Startable>>() { })))
                .hasAtLeastOneElementOfType(NightlySync.class);
        try (Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start()) {
            assertThat(injector.getInstance(NightlySync.class).nextRun()).isAfter(java.time.Instant.now());
            assertThat(injector.getInstance(SyncStatusService.class).statuses()).isEmpty();
        }
    }
}
