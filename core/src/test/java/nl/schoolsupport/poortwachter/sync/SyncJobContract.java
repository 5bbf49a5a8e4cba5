package nl.schoolsupport.poortwachter.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.jdbc.JdbcAccountStore;
import nl.schoolsupport.poortwachter.privacy.DataProtector;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.RealmBlockedForSchoolException;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.testing.TestKeys;

/** The sync job on a real database: H2 ({@link H2SyncJobTest}) and PostgreSQL ({@link PostgresSyncJobIT}). */
abstract class SyncJobContract {

    static final LocalDate MONDAY = LocalDate.of(2025, 9, 1);
    static final String ECK_ZOE = "https://ketenid.nl/201703/9f1c0e7a4b2d";

    protected abstract DatabaseConfig config();

    Database db;
    JdbcAccountStore accounts;
    SyncStatusStore store;
    InMemoryDirectory directory;
    MutableClock clock;
    final DataProtector protector = TestKeys.protector();
    final List<SchoolImport> imports = new CopyOnWriteArrayList<>();
    SchoolImportListener listener = imports::add;

    @BeforeEach
    void setUp() {
        db = new Database(config());
        db.start();
        clock = new MutableClock(MONDAY.atTime(2, 0).atZone(SyncSettings.DEFAULTS.zone()).toInstant());
        accounts = new JdbcAccountStore(db, protector, clock);
        store = new SyncStatusStore(db);
        directory = new InMemoryDirectory();
        directory.school("1001", "12AB00", "OBS De Regenboog", MONDAY.minusDays(1))
                .group("G5B", "groep 5b").group("G8", "groep 8")
                .pupil("501", "Zoë", "", "Çelik", "G5B", ECK_ZOE)
                .pupil("502", "Daan", "van der", "Berg", "G5B", null)
                .pupil("503", "Fleur", "de", "Vries", "G8", "https://ketenid.nl/201703/aa01")
                .staff("601", "Ingrid", "", "Bakker", false, null)
                .staff("602", "Joris", "de", "Jong", true, "https://ketenid.nl/201703/bb02");
        directory.school("1002", "34CD01", "CBS Het Kompas", MONDAY.minusDays(3))
                .group("K4", "groep 4")
                .pupil("701", "Noor", "", "Jansen", "K4", null)
                .staff("801", "Piet", "", "Pietersen", false, null);
        directory.school("1003", "56EF00", "Basisschool 't Schrijvertje", MONDAY.minusDays(2))
                .group("S7", "groep 7")
                .pupil("901", "Sem", "", "de Boer", "S7", null);
    }

    @AfterEach
    void tearDown() {
        if (db != null) { // null when the database is unavailable and the tests were skipped
            db.close();
        }
    }

    SyncJob job(int workers) {
        DirectoryImporter importer = new DirectoryImporter(db, accounts, protector, store, clock);
        return new SyncJob(directory, importer, store, Set.of(e -> listener.schoolImported(e)),
                SyncSettings.DEFAULTS.withWorkers(workers), clock);
    }

    SyncStatusService statusService() {
        return new SyncStatusService(directory, store, SyncSettings.DEFAULTS, clock);
    }

    Account accountOf(String subject) {
        return accounts.findByIdentity("basispoort", subject).orElseThrow();
    }

    @Test
    void firstRunImportsSchoolsGroupsAccountsAndIdentities() {
        SyncReport report = job(2).runAll(SyncProgress.NONE);

        assertThat(report.complete()).isTrue();
        assertThat(report.outcomes()).hasSize(3).allMatch(SchoolOutcome::succeeded);
        assertThat(accounts.findSchool(SchoolKey.brin("12AB00")).orElseThrow().name()).isEqualTo("OBS De Regenboog");
        Account zoe = accountOf("501");
        assertThat(zoe.name()).isEqualTo(PersonName.of("Zoë", "", "Çelik"));
        assertThat(zoe.group()).contains("groep 5b");
        assertThat(zoe.role()).isEqualTo(Role.PUPIL);
        assertThat(zoe.school()).isEqualTo(SchoolKey.brin("12AB00"));
        assertThat(accountOf("502").name().displayName()).isEqualTo("Daan van der Berg");
        assertThat(accountOf("602").flags()).containsExactly(AccountFlag.ICT_COORDINATOR);
        assertThat(accountOf("601").flags()).isEmpty();
        assertThat(accountOf("601").role()).isEqualTo(Role.TEACHER);
        // the ECK iD is found by its look-up key, readable only through the protector, never stored in clear
        assertThat(accounts.findByEckId(EckId.of(ECK_ZOE))).extracting(Account::id).containsExactly(zoe.id());
        assertThat(accounts.eckIdOf("basispoort", "501")).contains(EckId.of(ECK_ZOE));
        assertThat(rows("select eck_encrypted from pw_identity where subject = '501'").toString()).doesNotContain("ketenid");

        SchoolSyncStatus status = store.status("basispoort", "1001").orElseThrow();
        assertThat(status.counts()).isEqualTo(new SyncCounts(3, 2, 2, 0, 0));
        assertThat(status.permissionGrantedOn()).contains(MONDAY);
        assertThat(status.lastSuccessAt()).contains(clock.instant());
        assertThat(status.lastErrorCode()).isEmpty();
        assertThat(imports).hasSize(3);
        assertThat(imports.stream().filter(i -> i.sourceSchoolId().equals("1001")).findFirst().orElseThrow().created()).hasSize(5);
    }

    @Test
    void secondRunChangesNothing() {
        job(2).runAll(SyncProgress.NONE);
        List<List<String>> before = dataTables();
        imports.clear();
        clock.advance(Duration.ofDays(1));

        SyncReport second = job(2).runAll(SyncProgress.NONE);

        assertThat(second.complete()).isTrue();
        assertThat(dataTables()).isEqualTo(before);
        assertThat(imports).hasSize(3).noneMatch(SchoolImport::changedAccounts);
        assertThat(store.status("basispoort", "1001").orElseThrow().lastSuccessAt()).contains(clock.instant());
    }

    @Test
    void pupilWhoLeftDepartsAndComesBackReactivated() {
        job(1).runAll(SyncProgress.NONE);
        Account daan = accountOf("502");
        directory.schools.get("1001").remove("502");
        clock.advance(Duration.ofDays(1));

        job(1).runAll(SyncProgress.NONE);

        assertThat(accounts.findAccount(daan.id()).orElseThrow().status()).isEqualTo(AccountStatus.DEPARTED);
        assertThat(store.status("basispoort", "1001").orElseThrow().counts()).isEqualTo(new SyncCounts(2, 2, 2, 1, 0));
        assertThat(imports.stream().filter(i -> i.sourceSchoolId().equals("1001")).reduce((a, b) -> b).orElseThrow()
                .departed()).containsExactly(daan.id());

        directory.schools.get("1001").pupil("502", "Daan", "van der", "Berg", "G8", null);
        clock.advance(Duration.ofDays(1));
        imports.clear();
        job(1).runAll(SyncProgress.NONE);

        Account back = accounts.findAccount(daan.id()).orElseThrow();
        assertThat(back.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(back.group()).contains("groep 8");
        assertThat(accountOf("502").id()).isEqualTo(daan.id());
        assertThat(imports.stream().filter(i -> i.sourceSchoolId().equals("1001")).findFirst().orElseThrow().reactivated())
                .containsExactly(daan.id());
        assertThat(store.status("basispoort", "1001").orElseThrow().counts().departed()).isZero();
    }

    @Test
    void schoolThatWithdrewIsBlockedAndNotSynchronisedUntilItGrantsAgain() {
        job(1).runAll(SyncProgress.NONE);
        Account zoe = accountOf("501");
        SyncPermissionGuard guard = new SyncPermissionGuard(directory, store);
        ExternalIdentity basispoortLogin = ExternalIdentity.builder("basispoort", "501").name(zoe.name()).build();
        ExternalIdentity entreeLogin = ExternalIdentity.builder("entree", "zoe@school").name(zoe.name()).build();
        guard.check(basispoortLogin, zoe);

        directory.withdraw("1001", MONDAY.plusDays(1));
        directory.schools.get("1001").remove("501");
        clock.advance(Duration.ofDays(1));
        SyncReport report = job(1).runAll(SyncProgress.NONE);

        assertThat(report.withdrawn()).isEqualTo(1);
        assertThat(report.outcomes()).extracting(SchoolOutcome::sourceSchoolId).containsExactlyInAnyOrder("1002", "1003");
        assertThat(accounts.findAccount(zoe.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThatThrownBy(() -> guard.check(basispoortLogin, zoe)).isInstanceOf(RealmBlockedForSchoolException.class)
                .hasMessageContaining("PW-LOGIN-007").hasMessageContaining("BRIN:12AB00");
        guard.check(entreeLogin, zoe);
        TileChecklist checklist = statusService().checklist(SchoolKey.brin("12AB00"));
        assertThat(checklist.overall()).isEqualTo(Verdict.PROBLEM);
        assertThat(checklist.items().get(0).text(Locale.forLanguageTag("nl"))).contains("uitgezet").contains("2 september 2025");
        assertThatThrownBy(() -> job(1).run(SyncScope.brin("12AB00"), SyncProgress.NONE))
                .isInstanceOf(SyncException.class).hasMessageContaining("PW-SYNC-008");

        directory.grant("1001", MONDAY.plusDays(2));
        clock.advance(Duration.ofDays(1));
        job(1).runAll(SyncProgress.NONE);

        guard.check(basispoortLogin, zoe);
        assertThat(accounts.findAccount(zoe.id()).orElseThrow().status()).isEqualTo(AccountStatus.DEPARTED);
        SchoolSyncStatus status = store.status("basispoort", "1001").orElseThrow();
        assertThat(status.permissionGrantedOn()).contains(MONDAY.plusDays(2));
        assertThat(status.permissionWithdrawnOn()).contains(MONDAY.plusDays(1));
    }

    @Test
    void oneFailingSchoolDoesNotStopTheOthersAndARerunFixesIt() {
        directory.failures.put("1002", () -> new SyncException(SyncErrorCode.INVALID_DIRECTORY_DATA, "simulated bad data"));

        SyncReport report = job(2).runAll(SyncProgress.NONE);

        assertThat(report.complete()).isFalse();
        assertThat(report.succeeded()).isEqualTo(2);
        assertThat(accounts.findSchool(SchoolKey.brin("34CD01"))).isEmpty();
        assertThat(accounts.findByIdentity("basispoort", "701")).isEmpty();
        SchoolSyncStatus failed = store.status("basispoort", "1002").orElseThrow();
        assertThat(failed.lastErrorCode()).contains("PW-SYNC-007");
        assertThat(failed.lastSuccessAt()).isEmpty();
        assertThat(statusService().checklist(SchoolKey.brin("34CD01")).overall()).isEqualTo(Verdict.PROBLEM);

        directory.failures.clear();
        clock.advance(Duration.ofHours(1));
        SyncReport rerun = job(2).runAll(SyncProgress.NONE);

        assertThat(rerun.complete()).isTrue();
        assertThat(accountOf("701").school()).isEqualTo(SchoolKey.brin("34CD01"));
        assertThat(store.status("basispoort", "1002").orElseThrow().lastErrorCode()).isEmpty();
    }

    @Test
    void unexpectedExceptionsAreRecordedWithoutTheirMessage() {
        directory.failures.put("1003", () -> new IllegalStateException("Sem de Boer broke it"));

        job(1).runAll(SyncProgress.NONE);

        SchoolSyncStatus failed = store.status("basispoort", "1003").orElseThrow();
        assertThat(failed.lastErrorCode()).contains("PW-SYNC-006");
        assertThat(failed.lastError().orElseThrow()).contains("IllegalStateException").doesNotContain("Sem");
    }

    @Test
    void crashedRunIsResumedWithoutRefetchingFinishedSchools() {
        directory.failures.put("1003", () -> new SimulatedCrash());
        assertThatThrownBy(() -> job(1).runAll(SyncProgress.NONE)).isInstanceOf(SimulatedCrash.class);
        assertThat(directory.fetchCount("1001")).isEqualTo(1);
        assertThat(directory.fetchCount("1002")).isEqualTo(1);
        assertThat(accounts.findByIdentity("basispoort", "901")).isEmpty();

        directory.failures.clear();
        clock.advance(Duration.ofMinutes(5));
        List<String> started = new ArrayList<>();
        SyncReport resumed = job(1).runAll(new SyncProgress() {
            @Override
            public void runStarted(String runId, boolean wasResumed) {
                started.add(runId + ":" + wasResumed);
            }
        });

        assertThat(resumed.resumed()).isTrue();
        assertThat(started).containsExactly(resumed.runId() + ":true");
        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(resumed.outcomes()).extracting(SchoolOutcome::sourceSchoolId).containsExactly("1003");
        assertThat(directory.fetchCount("1001")).isEqualTo(1);
        assertThat(accountOf("901").name().last()).isEqualTo("de Boer");

        SyncReport next = job(1).runAll(SyncProgress.NONE);
        assertThat(next.resumed()).isFalse();
        assertThat(next.runId()).isNotEqualTo(resumed.runId());
        assertThat(next.outcomes()).hasSize(3);
    }

    @Test
    void tooOldUnfinishedRunIsNotResumed() {
        directory.failures.put("1003", () -> new SimulatedCrash());
        assertThatThrownBy(() -> job(1).runAll(SyncProgress.NONE)).isInstanceOf(SimulatedCrash.class);
        directory.failures.clear();
        clock.advance(Duration.ofDays(1));

        SyncReport report = job(1).runAll(SyncProgress.NONE);

        assertThat(report.resumed()).isFalse();
        assertThat(report.outcomes()).hasSize(3);
    }

    @Test
    void onlyOneRunAtATime() {
        Instant now = clock.instant();
        assertThat(store.acquireLease("basispoort", "other-node", now, now.plus(Duration.ofMinutes(10)))).isEmpty();

        assertThatThrownBy(() -> job(1).runAll(SyncProgress.NONE)).isInstanceOf(SyncAlreadyRunningException.class)
                .hasMessageContaining("PW-SYNC-001");

        clock.advance(Duration.ofMinutes(11));
        assertThat(job(1).runAll(SyncProgress.NONE).complete()).isTrue();
    }

    @Test
    void listenerFailureKeepsTheImportAndShowsAWarning() {
        listener = imported -> {
            if (imported.sourceSchoolId().equals("1001")) {
                throw new IllegalStateException("merge failed");
            }
        };

        SyncReport report = job(1).runAll(SyncProgress.NONE);

        assertThat(report.outcomes()).allMatch(SchoolOutcome::succeeded);
        assertThat(accountOf("501").isActive()).isTrue();
        SchoolSyncStatus status = store.status("basispoort", "1001").orElseThrow();
        assertThat(status.lastErrorCode()).contains("PW-SYNC-005");
        assertThat(status.lastAttemptFailed()).isFalse();
        assertThat(statusService().checklist(SchoolKey.brin("12AB00")).item(ChecklistItem.Check.LAST_ERROR).orElseThrow()
                .text(Locale.ENGLISH)).contains("follow-up step");
    }

    @Test
    void pupilWhoMovedGetsANewAccountAndTheOldOneDeparts() {
        job(1).runAll(SyncProgress.NONE);
        Account atOldSchool = accountOf("503");
        directory.schools.get("1001").remove("503");
        directory.schools.get("1003").pupil("503", "Fleur", "de", "Vries", "S7", "https://ketenid.nl/201703/aa01");
        clock.advance(Duration.ofDays(1));

        job(1).runAll(SyncProgress.NONE);

        Account atNewSchool = accountOf("503");
        assertThat(atNewSchool.id()).isNotEqualTo(atOldSchool.id());
        assertThat(atNewSchool.school()).isEqualTo(SchoolKey.brin("56EF00"));
        assertThat(atNewSchool.group()).contains("groep 7");
        assertThat(accounts.findAccount(atOldSchool.id()).orElseThrow().status()).isEqualTo(AccountStatus.DEPARTED);
        // a second run agrees with itself
        List<List<String>> before = dataTables();
        clock.advance(Duration.ofDays(1));
        job(1).runAll(SyncProgress.NONE);
        assertThat(dataTables()).isEqualTo(before);
    }

    @Test
    void staffAtTwoSchoolsIsImportedOnceAndSkippedAtTheSecond() {
        directory.schools.get("1002").staff("602", "Joris", "de", "Jong", false, null);

        job(1).runAll(SyncProgress.NONE);

        assertThat(accountOf("602").school()).isEqualTo(SchoolKey.brin("12AB00"));
        assertThat(store.status("basispoort", "1002").orElseThrow().counts().skipped()).isEqualTo(1);
        List<List<String>> before = dataTables();
        clock.advance(Duration.ofDays(1));
        job(1).runAll(SyncProgress.NONE);
        assertThat(dataTables()).isEqualTo(before);
    }

    @Test
    void accountWithTheSameEckIdAtTheSchoolIsLinkedInsteadOfDuplicated() {
        directory.failures.put("1001", () -> new SyncException(SyncErrorCode.INVALID_DIRECTORY_DATA, "not yet"));
        job(1).runAll(SyncProgress.NONE);
        accounts.saveSchool(nl.schoolsupport.poortwachter.school.School.of(SchoolKey.brin("12AB00"), "OBS De Regenboog",
                nl.schoolsupport.poortwachter.school.Country.NL));
        Account viaEntree = accounts.createAccount(NewAccount.pupil(SchoolKey.brin("12AB00"), PersonName.of("Zoe", "", "Celik"),
                "5b"));
        accounts.linkIdentity(viaEntree.id(), "entree", "zoe-entree", Optional.of(EckId.of(ECK_ZOE)));
        directory.failures.clear();

        job(1).runAll(SyncProgress.NONE);

        Account zoe = accountOf("501");
        assertThat(zoe.id()).isEqualTo(viaEntree.id());
        assertThat(zoe.name().first()).isEqualTo("Zoë");
        assertThat(zoe.group()).contains("groep 5b");
        assertThat(accounts.accountsOfSchool(SchoolKey.brin("12AB00"))).hasSize(5);
    }

    @Test
    void feedsAreReadSinceTheLastReadWithOverlapAndConflictsAskTheSchool() {
        job(1).runAll(SyncProgress.NONE);
        assertThat(directory.feedQueries).containsExactly(SyncSettings.DEFAULTS.initialSince());

        // withdrawn and granted again: both feeds name it, the school's own answer decides
        directory.withdraw("1002", MONDAY.plusDays(1));
        directory.grant("1002", MONDAY.plusDays(1));
        clock.advance(Duration.ofDays(1));
        SyncReport report = job(1).runAll(SyncProgress.NONE);

        assertThat(directory.feedQueries).containsExactly(SyncSettings.DEFAULTS.initialSince(), MONDAY.minusDays(1));
        assertThat(store.status("basispoort", "1002").orElseThrow().permitted()).isTrue();
        assertThat(report.outcomes()).hasSize(3);
    }

    @Test
    void feedFailureStillSynchronisesKnownSchools() {
        job(1).runAll(SyncProgress.NONE);
        directory.feedFailure = () -> new SyncException(SyncErrorCode.UNEXPECTED, "feed down");
        directory.schools.get("1001").remove("502");
        clock.advance(Duration.ofDays(1));

        SyncReport report = job(1).runAll(SyncProgress.NONE);

        assertThat(report.feedsError()).contains("PW-SYNC-006");
        assertThat(report.complete()).isFalse();
        assertThat(report.outcomes()).hasSize(3);
        assertThat(accountOf("502").status()).isEqualTo(AccountStatus.DEPARTED);
        assertThat(store.feedsCheckedOn("basispoort")).contains(MONDAY);
    }

    @Test
    void oneSchoolByBrinIncludingOneGrantedToday() {
        SyncReport first = job(1).run(SyncScope.brin("12AB00"), SyncProgress.NONE);

        assertThat(first.outcomes()).extracting(SchoolOutcome::sourceSchoolId).containsExactly("1001");
        assertThat(accounts.findByIdentity("basispoort", "701")).isEmpty();
        assertThat(job(1).run(SyncScope.brin("34CD"), SyncProgress.NONE).outcomes()).hasSize(1);
        assertThatThrownBy(() -> job(1).run(SyncScope.brin("99ZZ00"), SyncProgress.NONE))
                .isInstanceOf(SyncException.class).hasMessageContaining("PW-SYNC-002");
    }

    @Test
    void inactiveSchoolIsNotImported() {
        directory.schools.get("1003").active = false;

        job(1).runAll(SyncProgress.NONE);

        assertThat(store.status("basispoort", "1003").orElseThrow().lastErrorCode()).contains("PW-SYNC-003");
        assertThat(accounts.findByIdentity("basispoort", "901")).isEmpty();
    }

    @Test
    void checklistAndUnknownUserExplanationFollowTheSchoolsState() {
        SyncStatusService service = statusService();
        assertThat(service.explainUnknownUser(Optional.of(SchoolKey.brin("12AB00"))).reason())
                .isEqualTo(UnknownUserReason.NO_PERMISSION);
        assertThat(service.checklist(SchoolKey.brin("12AB00")).items().get(0).text(Locale.forLanguageTag("nl")))
                .contains("schuifje voor Uitgeverij Schoolsupport aan");

        store.applyPermissions("basispoort", Set.of("1001"), Set.of(), MONDAY, clock.instant());
        assertThat(service.explainUnknownUser(Optional.of(SchoolKey.brin("12AB00"))).reason())
                .isEqualTo(UnknownUserReason.NO_PERMISSION);
        store.describe("basispoort", "1001", SchoolKey.brin("12AB00"), "OBS De Regenboog", clock.instant());
        UnknownUserExplanation waiting = service.explainUnknownUser(Optional.of(SchoolKey.brin("12AB00")));
        assertThat(waiting.reason()).isEqualTo(UnknownUserReason.NOT_YET_SYNCHRONISED);
        assertThat(waiting.text(Locale.forLanguageTag("nl"))).contains("nog niet gesynchroniseerd");
        assertThat(waiting.text(Locale.ENGLISH)).contains("has not been synchronised yet");
        assertThat(waiting.checklist().orElseThrow().overall()).isEqualTo(Verdict.WAITING);

        job(1).runAll(SyncProgress.NONE);
        TileChecklist ok = service.checklist(SchoolKey.brin("12AB00"));
        assertThat(ok.overall()).isEqualTo(Verdict.OK);
        assertThat(ok.item(ChecklistItem.Check.USERS).orElseThrow().text(Locale.forLanguageTag("nl")))
                .isEqualTo("3 leerlingen, 2 medewerkers en 2 groepen; 0 gebruikers hebben de school verlaten.");
        assertThat(ok.item(ChecklistItem.Check.SYNCHRONISED).orElseThrow().text(Locale.ENGLISH))
                .isEqualTo("Last synchronised on 1 September 2025 02:00.");
        assertThat(ok.item(ChecklistItem.Check.PERMISSION).orElseThrow().question(Locale.forLanguageTag("nl")))
                .startsWith("Staat het schuifje");
        assertThat(service.explainUnknownUser(Optional.of(SchoolKey.brin("12AB"))).reason())
                .isEqualTo(UnknownUserReason.NOT_IN_LAST_SYNCHRONISATION);
        assertThat(service.explainUnknownUser(Optional.empty()).reason()).isEqualTo(UnknownUserReason.SCHOOL_NOT_SAID);

        clock.advance(Duration.ofDays(3));
        assertThat(service.checklist(SchoolKey.brin("12AB00")).overall()).isEqualTo(Verdict.WARNING);
        assertThat(service.statuses()).extracting(SchoolSyncStatus::label).containsExactly(
                "Basisschool 't Schrijvertje (BRIN:56EF00)", "CBS Het Kompas (BRIN:34CD01)", "OBS De Regenboog (BRIN:12AB00)");
    }

    @Test
    void progressIsReportedPerSchool() {
        List<String> lines = new CopyOnWriteArrayList<>();
        job(2).runAll(new SyncProgress() {
            @Override
            public void permissionsRead(int granted, int withdrawn) {
                lines.add("feeds " + granted + "/" + withdrawn);
            }

            @Override
            public void schoolsPlanned(int total, int skipped) {
                lines.add("planned " + total);
            }

            @Override
            public void schoolFinished(int done, int total, SchoolOutcome outcome) {
                lines.add(done + "/" + total + " " + outcome.summary());
            }
        });

        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 2)).containsExactly("feeds 3/0", "planned 3");
        assertThat(lines).anyMatch(l -> l.matches("[123]/3 OBS De Regenboog \\(BRIN:12AB00\\): 3 pupils, 2 staff, 2 groups, "
                + "0 departed, changes: \\+5 .*"));
    }

    /** Rows of the tables a run writes user data to, in a stable order, for "nothing changed" comparisons. */
    List<List<String>> dataTables() {
        List<List<String>> all = new ArrayList<>();
        for (String table : List.of("pw_school", "pw_account", "pw_identity", "pw_sync_member", "pw_sync_group")) {
            all.addAll(rows("select * from " + table));
        }
        return all;
    }

    List<List<String>> rows(String sql) {
        return db.run("test query", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(String.valueOf(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                rows.sort(Comparator.comparing(Object::toString));
                return rows;
            }
        });
    }

    /** Stands for the process dying halfway: an Error is not caught per school. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }
}
