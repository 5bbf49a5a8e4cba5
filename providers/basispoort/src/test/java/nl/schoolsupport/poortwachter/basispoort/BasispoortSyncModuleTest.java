package nl.schoolsupport.poortwachter.basispoort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.basispoort.rest.PemFileConnection;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.identity.LoginGuard;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.sync.DirectorySource;
import nl.schoolsupport.poortwachter.sync.NightlySync;
import nl.schoolsupport.poortwachter.sync.NightlySyncModule;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;
import nl.schoolsupport.poortwachter.sync.SyncReport;
import nl.schoolsupport.poortwachter.sync.SyncSchedule;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;
import nl.schoolsupport.poortwachter.sync.Verdict;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

class BasispoortSyncModuleTest {

    @TempDir
    Path dir;

    @Test
    void demoModuleStartsTheServiceAndSynchronisesOffline() {
        DemoBasispoortService service = new DemoBasispoortService();
        Injector injector = Guice.createInjector(new PoortwachterModule(),
                new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()), new DemoBasispoortSyncModule(service),
                new NightlySyncModule(SyncSchedule.DEFAULT));

        assertThat(injector.getInstance(DirectorySource.class).realmId()).isEqualTo("basispoort");
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<Startable>>() { })))
                .contains(service).hasAtLeastOneElementOfType(NightlySync.class);
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<LoginGuard>>() { }))).hasSize(1);
        try (Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start()) {
            SyncReport report = injector.getInstance(SyncJob.class).runAll(SyncProgress.NONE);

            assertThat(report.complete()).isTrue();
            assertThat(report.outcomes()).hasSize(2);
            SyncStatusService status = injector.getInstance(SyncStatusService.class);
            assertThat(status.checklist(SchoolKey.brin("12AB00")).overall()).isEqualTo(Verdict.OK);
            assertThat(status.checklist(SchoolKey.brin("56EF00")).overall()).isEqualTo(Verdict.PROBLEM);
        }
    }

    @Test
    void productionModuleReadsThePemFilesAtStart() {
        DemoBasispoortService service = new DemoBasispoortService();
        service.start();
        try {
            DemoBasispoortService.Credentials files = service.writeCredentials(dir);
            Map<String, String> properties = Map.of(
                    "basispoort.rest-base-url", files.baseUrl().toString(),
                    "basispoort.client-cert", files.clientCert().toString(),
                    "basispoort.client-key", files.clientKey().toString(),
                    "basispoort.trust-cert", files.trustCert().toString());
            BasispoortSyncConfig config = BasispoortSyncConfig.fromProperties(key -> Optional.ofNullable(properties.get(key)));
            Injector injector = Guice.createInjector(new PoortwachterModule(),
                    new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()), new BasispoortSyncModule(config));

            assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<Startable>>() { })))
                    .hasAtLeastOneElementOfType(PemFileConnection.class);
            try (Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start()) {
                SyncReport report = injector.getInstance(SyncJob.class).runAll(SyncProgress.NONE);
                assertThat(report.complete()).isTrue();
                assertThat(injector.getInstance(SyncStatusService.class).statuses()).hasSize(2);
            }
        } finally {
            service.close();
        }
    }
}
