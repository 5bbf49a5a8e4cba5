package nl.schoolsupport.poortwachter.basispoort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoFault;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoPki;
import nl.schoolsupport.poortwachter.basispoort.rest.HttpSettings;
import nl.schoolsupport.poortwachter.basispoort.rest.TlsMaterial;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.jdbc.JdbcAccountStore;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.RealmBlockedForSchoolException;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.sync.SchoolOutcome;
import nl.schoolsupport.poortwachter.sync.SchoolSyncStatus;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncPermissionGuard;
import nl.schoolsupport.poortwachter.sync.SyncProgress;
import nl.schoolsupport.poortwachter.sync.SyncReport;
import nl.schoolsupport.poortwachter.sync.SyncScope;
import nl.schoolsupport.poortwachter.sync.SyncSettings;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;
import nl.schoolsupport.poortwachter.sync.TileChecklist;
import nl.schoolsupport.poortwachter.sync.Verdict;
import nl.schoolsupport.poortwachter.testing.TestKeys;

/**
 * The whole Basispoort sync against a real HTTPS server that requires client certificates (the demo service, its CA
 * generated per test), into a real database: H2 ({@link H2BasispoortSyncIT}) and PostgreSQL
 * ({@link PostgresBasispoortSyncIT}).
 */
abstract class BasispoortSyncContract {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final HttpSettings FAST = HttpSettings.DEFAULTS.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700))
            .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40));

    protected abstract DatabaseConfig config();

    DemoBasispoortService service;
    DemoDirectory directory;
    TestConnection connection;
    SyncJob job;
    SyncStatusService status;
    AccountStore accounts;
    Database db;
    Injector injector;

    DatabaseConfig dbConfig;
    String dataKey;
    final List<Lifecycle> lifecycles = new ArrayList<>();

    @BeforeEach
    void start() {
        directory = DemoDirectory.sample(TODAY);
        service = new DemoBasispoortService(directory);
        service.start();
        service.slowDelay(Duration.ofSeconds(2));
        dbConfig = config();
        dataKey = TestKeys.dataKey();
        connection = new TestConnection(service::baseUrl, service::tls);
        injector = injector(connection);
        job = injector.getInstance(SyncJob.class);
        status = injector.getInstance(SyncStatusService.class);
        accounts = injector.getInstance(AccountStore.class);
        db = injector.getInstance(Database.class);
    }

    /** The library as an application wires it, on the test's database, reaching Basispoort through {@code via}. */
    Injector injector(TestConnection via) {
        Injector built = Guice.createInjector(new PoortwachterModule(), new JdbcStoreModule(dbConfig, dataKey),
                new TestConnectionModule(via, FAST), new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), SyncSettings.class).setBinding()
                                .toInstance(SyncSettings.DEFAULTS.withWorkers(2));
                    }
                });
        lifecycles.add(built.getInstance(Lifecycle.class).start());
        return built;
    }

    @AfterEach
    void stop() {
        lifecycles.forEach(Lifecycle::close);
        service.close();
    }

    Account account(long basispoortId) {
        return accounts.findByIdentity("basispoort", String.valueOf(basispoortId)).orElseThrow();
    }

    Optional<Account> maybe(long basispoortId) {
        return accounts.findByIdentity("basispoort", String.valueOf(basispoortId));
    }

    SchoolSyncStatus statusOf(String id) {
        return status.status(id).orElseThrow();
    }

    @Test
    void synchronisesTheSchoolsThatGrantedPermissionOverMutualTls() {
        SyncReport report = job.runAll(SyncProgress.NONE);

        assertThat(report.complete()).isTrue();
        assertThat(report.granted()).isEqualTo(2);
        assertThat(report.outcomes()).extracting(SchoolOutcome::sourceSchoolId).containsExactlyInAnyOrder("1001", "1002");
        Account zoe = account(1001501);
        assertThat(zoe.name()).isEqualTo(PersonName.of("Zoë", "", "Çelik"));
        assertThat(zoe.school()).isEqualTo(SchoolKey.brin("12AB00"));
        assertThat(zoe.group()).contains("groep 5b");
        assertThat(zoe.role()).isEqualTo(Role.PUPIL);
        assertThat(account(1001502).name().displayName()).isEqualTo("Daan van der Berg");
        assertThat(account(1001505).name().sortName()).isEqualTo("Hoff, Lotte van 't");
        assertThat(account(1001603).name().last()).isEqualTo("Yılmaz");
        assertThat(account(1001602).flags()).containsExactly(AccountFlag.ICT_COORDINATOR);
        assertThat(account(1001602).role()).isEqualTo(Role.TEACHER);
        assertThat(account(1001604).flags()).isEmpty();
        assertThat(maybe(1001605)).as("trainee whose end date passed").isEmpty();
        assertThat(maybe(1003501)).as("school without permission").isEmpty();
        assertThat(accounts.findSchool(SchoolKey.brin("34CD01")).orElseThrow().name()).isEqualTo("CBS Het Kompas");
        assertThat(accounts.findByEckId(EckId.of(eckOf(1001501)))).extracting(Account::id).containsExactly(zoe.id());
        assertThat(((JdbcAccountStore) accounts).eckIdOf("basispoort", "1001505")).isEmpty();

        SchoolSyncStatus regenboog = statusOf("1001");
        assertThat(regenboog.school()).contains(SchoolKey.brin("12AB00"));
        assertThat(regenboog.schoolName()).contains("OBS De Regenboog");
        assertThat(regenboog.permissionGrantedOn()).contains(TODAY);
        assertThat(regenboog.counts().pupils()).isEqualTo(6);
        assertThat(regenboog.counts().staff()).isEqualTo(4);
        assertThat(regenboog.counts().groups()).isEqualTo(3);
        assertThat(status.checklist(SchoolKey.brin("12AB00")).overall()).isEqualTo(Verdict.OK);
        TileChecklist notVisible = status.checklist(SchoolKey.brin("56EF00"));
        assertThat(notVisible.overall()).isEqualTo(Verdict.PROBLEM);
        assertThat(notVisible.items().get(0).text(Locale.forLanguageTag("nl")))
                .contains("geen toestemming").contains("Uitgeverij Schoolsupport");
    }

    @Test
    void secondRunChangesNothing() {
        job.runAll(SyncProgress.NONE);
        List<List<String>> before = dataTables();

        SyncReport second = job.runAll(SyncProgress.NONE);

        assertThat(second.complete()).isTrue();
        assertThat(second.outcomes()).allMatch(o -> !o.imported().orElseThrow().changedAccounts());
        assertThat(dataTables()).isEqualTo(before);
    }

    @Test
    void pupilWhoLeftDepartsAndSchoolThatWithdrewIsBlocked() {
        job.runAll(SyncProgress.NONE);
        Account daan = account(1001502);
        Account noor = account(1002501);
        directory.removeUser(1001, 1001502);
        directory.movePupil(1001, 1001501, "G6A");
        directory.withdraw(1002, TODAY);

        SyncReport report = job.runAll(SyncProgress.NONE);

        assertThat(report.withdrawn()).isEqualTo(1);
        assertThat(accounts.findAccount(daan.id()).orElseThrow().status()).isEqualTo(AccountStatus.DEPARTED);
        assertThat(account(1001501).group()).contains("groep 6a");
        assertThat(statusOf("1001").counts().departed()).isEqualTo(1);
        SyncPermissionGuard guard = injector.getInstance(SyncPermissionGuard.class);
        ExternalIdentity tile = ExternalIdentity.builder("basispoort", "1002501").name(noor.name()).build();
        assertThatThrownBy(() -> guard.check(tile, noor)).isInstanceOf(RealmBlockedForSchoolException.class);
        assertThat(statusOf("1002").permissionWithdrawnOn()).contains(TODAY);

        directory.addPupil(1001, 1001502, "Daan", "van der", "Berg", "G8", true);
        job.runAll(SyncProgress.NONE);
        assertThat(accounts.findAccount(daan.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account(1001502).group()).contains("groep 8");
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        service.inject(".*/1001/leerlingen", DemoFault.SERVER_ERROR, 1);
        service.inject(".*/1001/staf", DemoFault.UNAVAILABLE, 2);

        SyncReport report = job.runAll(SyncProgress.NONE);

        assertThat(report.complete()).isTrue();
        assertThat(service.requests("/rest/v2/instellingen/1001/leerlingen")).isEqualTo(2);
        assertThat(service.requests("/rest/v2/instellingen/1001/staf")).isEqualTo(3);
        assertThat(account(1001501).isActive()).isTrue();
    }

    @Test
    void persistentServerErrorFailsOnlyThatSchoolWithNothingWrittenAndARerunFixesIt() {
        service.inject(".*/1002/staf", DemoFault.SERVER_ERROR, 3);

        SyncReport report = job.runAll(SyncProgress.NONE);

        assertThat(report.succeeded()).isEqualTo(1);
        SchoolSyncStatus kompas = statusOf("1002");
        assertThat(kompas.lastErrorCode()).contains("PW-BASISPOORT-005");
        assertThat(kompas.lastError().orElseThrow()).contains("/rest/v2/instellingen/1002/staf").contains("500")
                .contains("3 attempts");
        assertThat(kompas.lastSuccessAt()).isEmpty();
        assertThat(accounts.findSchool(SchoolKey.brin("34CD01"))).isEmpty();
        assertThat(maybe(1002501)).isEmpty();
        assertThat(account(1001501).isActive()).isTrue();
        assertThat(status.checklist(SchoolKey.brin("34CD01")).items().get(1).text(Locale.ENGLISH))
                .contains("PW-BASISPOORT-005");

        SyncReport rerun = job.runAll(SyncProgress.NONE);

        assertThat(rerun.complete()).isTrue();
        assertThat(account(1002501).school()).isEqualTo(SchoolKey.brin("34CD01"));
        assertThat(statusOf("1002").lastErrorCode()).isEmpty();
    }

    @Test
    void failureOfAnAlreadyImportedSchoolKeepsItsDataUntouched() {
        job.runAll(SyncProgress.NONE);
        List<List<String>> before = dataTables();
        Instant firstSuccess = statusOf("1001").lastSuccessAt().orElseThrow();
        directory.removeUser(1001, 1001501);
        service.inject(".*/1001/staf", DemoFault.TRUNCATED_JSON, 3);

        job.runAll(SyncProgress.NONE);

        assertThat(dataTables()).isEqualTo(before);
        assertThat(account(1001501).isActive()).isTrue();
        SchoolSyncStatus failed = statusOf("1001");
        assertThat(failed.lastErrorCode()).contains("PW-BASISPOORT-008");
        assertThat(failed.lastSuccessAt()).contains(firstSuccess);
        assertThat(status.checklist(SchoolKey.brin("12AB00")).overall()).isEqualTo(Verdict.WARNING);
    }

    @Test
    void timeoutsTruncatedAndInvalidBodiesGiveClearErrors() {
        service.inject(".*/1001/groepen", DemoFault.SLOW, 3);
        service.inject(".*/1002/leerlingen", DemoFault.TRUNCATED_BODY, 3);

        job.runAll(SyncProgress.NONE);

        assertThat(statusOf("1001").lastErrorCode()).contains("PW-BASISPOORT-006");
        assertThat(statusOf("1001").lastError().orElseThrow()).contains("timed out");
        assertThat(statusOf("1002").lastErrorCode()).contains("PW-BASISPOORT-008");
        assertThat(statusOf("1002").lastError().orElseThrow()).contains("ended early");
        assertThat(maybe(1001501)).isEmpty();
        assertThat(maybe(1002501)).isEmpty();

        service.clearFaults();
        service.inject(".*/1001/leerlingen", DemoFault.INVALID_JSON, 1);
        service.inject(".*/1002/staf", DemoFault.WRONG_SHAPE, 1);
        job.runAll(SyncProgress.NONE);

        assertThat(statusOf("1001").lastErrorCode()).contains("PW-BASISPOORT-007");
        assertThat(service.requests("/rest/v2/instellingen/1001/leerlingen")).as("invalid JSON is not retried").isEqualTo(1);
        assertThat(statusOf("1002").lastErrorCode()).contains("PW-BASISPOORT-007");
        assertThat(statusOf("1002").lastError().orElseThrow()).contains("medewerkers").doesNotContain("Pietersen");

        assertThat(job.runAll(SyncProgress.NONE).complete()).isTrue();
        assertThat(account(1001501).isActive()).isTrue();
        assertThat(account(1002501).isActive()).isTrue();
    }

    @Test
    void certificateFromAnotherCaIsRefusedClearlyAndTheRightOneFixesIt() {
        job.runAll(SyncProgress.NONE);
        List<List<String>> before = dataTables();
        directory.removeUser(1001, 1001502);
        DemoPki.Issued stranger = DemoPki.newCa("Some other CA", Duration.ofDays(2)).issueClient("Uitgeverij Schoolsupport");
        SyncJob withStrangeCertificate = injector(new TestConnection(service::baseUrl, () -> new TlsMaterial(
                stranger.keys().getPrivate(), List.of(stranger.certificate()), List.of(service.caCertificate()))))
                .getInstance(SyncJob.class);
        int requestsBefore = service.totalRequests();

        SyncReport refused = withStrangeCertificate.runAll(SyncProgress.NONE);

        assertThat(refused.feedsError()).contains("PW-BASISPOORT-001");
        assertThat(refused.outcomes()).hasSize(2).allMatch(o -> o.errorCode().orElseThrow().equals("PW-BASISPOORT-001"));
        assertThat(statusOf("1001").lastError().orElseThrow()).contains("refused our client certificate")
                .contains("basispoort.client-cert").contains("CN=Uitgeverij Schoolsupport");
        assertThat(service.totalRequests()).as("no request got through, none was retried").isEqualTo(requestsBefore);
        assertThat(dataTables()).isEqualTo(before);

        assertThat(job.runAll(SyncProgress.NONE).complete()).isTrue();
        assertThat(maybe(1001502).orElseThrow().status()).isEqualTo(AccountStatus.DEPARTED);
    }

    @Test
    void serverThatIsNotTrustedIsRefusedClearly() {
        DemoPki other = DemoPki.newCa("Not the server's CA", Duration.ofDays(2));
        job = injector(new TestConnection(service::baseUrl, () -> {
            TlsMaterial good = service.tls();
            return new TlsMaterial(good.key(), good.chain(), List.of(other.caCertificate()));
        })).getInstance(SyncJob.class);

        SyncReport report = job.runAll(SyncProgress.NONE);

        assertThat(report.feedsError()).contains("PW-BASISPOORT-002");
    }

    @Test
    void oneSchoolByBrinRightAfterItsToggleWasTurnedOn() {
        job.runAll(SyncProgress.NONE);
        directory.grant(1003, TODAY);

        SyncReport report = job.run(SyncScope.brin("56EF00"), SyncProgress.NONE);

        assertThat(report.outcomes()).extracting(SchoolOutcome::sourceSchoolId).containsExactly("1003");
        assertThat(account(1003501).name().last()).isEqualTo("de Graaf");
        assertThat(account(1003601).flags()).contains(AccountFlag.ICT_COORDINATOR);
    }

    @Test
    void feedFailureStillSynchronisesTheKnownSchools() {
        job.runAll(SyncProgress.NONE);
        directory.removeUser(1002, 1002502);
        service.inject(".*/toegekend/.*", DemoFault.SERVER_ERROR, 3);

        SyncReport report = job.runAll(SyncProgress.NONE);

        assertThat(report.feedsError()).contains("PW-BASISPOORT-005");
        assertThat(report.succeeded()).isEqualTo(2);
        assertThat(account(1002502).status()).isEqualTo(AccountStatus.DEPARTED);
    }

    static String eckOf(long id) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("demo-eck-" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "https://ketenid.nl/201703/" + java.util.HexFormat.of().formatHex(hash, 0, 24);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<List<String>> dataTables() {
        List<List<String>> all = new ArrayList<>();
        for (String table : List.of("pw_school", "pw_account", "pw_identity", "pw_sync_member", "pw_sync_group")) {
            all.addAll(db.run("test query", c -> {
                try (PreparedStatement ps = c.prepareStatement("select * from " + table); ResultSet rs = ps.executeQuery()) {
                    List<List<String>> rows = new ArrayList<>();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.add(String.valueOf(rs.getObject(i)));
                        }
                        rows.add(row);
                    }
                    rows.sort(Comparator.comparing(Object::toString));
                    return rows;
                }
            }));
        }
        return all;
    }
}
