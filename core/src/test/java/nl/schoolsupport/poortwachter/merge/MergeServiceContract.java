package nl.schoolsupport.poortwachter.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.LinkedIdentity;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.jdbc.JdbcAccountStore;
import nl.schoolsupport.poortwachter.merge.matching.HoldReason;
import nl.schoolsupport.poortwachter.merge.matching.MatchRule;
import nl.schoolsupport.poortwachter.merge.matching.MatchingEngine;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.store.StoreUnavailableException;
import nl.schoolsupport.poortwachter.store.UnknownAccountException;
import nl.schoolsupport.poortwachter.testing.TestKeys;

/** One behaviour, two databases: H2 ({@link H2MergeServiceTest}) and PostgreSQL ({@link PostgresMergeServiceIT}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MergeServiceContract {

    private static final AtomicLong RESULT_IDS = new AtomicLong(1);

    private Database db;
    private JdbcAccountStore store;
    private MergeService service;
    private MergeParticipant failing;
    private final List<String> failMode = new ArrayList<>();

    protected abstract DatabaseConfig config();

    @BeforeAll
    void start() throws SQLException {
        db = new Database(config());
        db.start();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("create table test_result (result_id bigint not null primary key, account_id varchar(36) not null, "
                    + "score integer not null)");
        }
        store = new JdbcAccountStore(db, TestKeys.protector(), Clock.systemUTC());
        failing = new FailingParticipant();
        service = new MergeService(store, db, new JdbcMergeStore(db), Set.of(
                new TableMergeParticipant(db, "test-results", "test_result", "result_id", "account_id"), failing),
                MergeSettings.DEFAULT, new MatchingEngine(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        if (db != null) { // null when the database is unavailable and the tests were skipped
            db.close();
        }
    }

    /** A participant that does nothing, or fails in the ways a test asks for. */
    private final class FailingParticipant implements MergeParticipant {
        @Override
        public String id() {
            return "zz-probe";
        }

        @Override
        public String merge(MergeEvent event) {
            if (failMode.contains("sql")) {
                // a real database error in the middle of the merge: the identities and accounts were written already
                try (Statement st = db.currentConnection().createStatement()) {
                    st.executeUpdate("insert into test_result (result_id, account_id, score) values (1, null, 0)");
                } catch (SQLException e) {
                    throw new IllegalStateException("database refused the participant's write", e);
                }
            }
            if (failMode.contains("throw")) {
                throw new IllegalStateException("participant broke");
            }
            return "probe";
        }

        @Override
        public void undo(MergeEvent event, String memo) {
            assertThat(memo).isEqualTo("probe");
            if (failMode.contains("undo")) {
                throw new IllegalStateException("participant broke during undo");
            }
        }

        @Override
        public long dataCount(AccountId account) {
            return 0;
        }
    }

    // ------------------------------------------------------------------ fixtures

    private record Fixture(School school, AccountPrincipal coordinator) {
        MergeActor actor() {
            return MergeActor.coordinator(coordinator);
        }
    }

    private Fixture school() {
        String digits = String.format("%02d", (int) (Math.random() * 100));
        String brin = digits + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26))
                + String.format("%02d", (int) (Math.random() * 100));
        School school = store.saveSchool(School.of(SchoolKey.brin(brin), "Basisschool De Wilgen", Country.NL));
        Account coordinator = store.createAccount(NewAccount.teacher(school.key(), PersonName.of("Marieke", "de", "Boer"),
                Set.of(AccountFlag.ICT_COORDINATOR)));
        store.linkIdentity(coordinator.id(), "basispoort", "bp-" + coordinator.id(), Optional.empty());
        return new Fixture(school, AccountPrincipal.of(coordinator, "basispoort"));
    }

    private Account legacyPupil(Fixture f, String first, String infix, String last, String group, int results) {
        Account a = store.createAccount(NewAccount.pupil(f.school().key(), PersonName.of(first, infix, last), group));
        store.linkIdentity(a.id(), "pupil-code", a.id().toString(), Optional.empty());
        for (int i = 0; i < results; i++) {
            addResult(a.id());
        }
        return a;
    }

    private Account importedPupil(Fixture f, String first, String infix, String last, String group) {
        Account a = store.createAccount(NewAccount.pupil(f.school().key(), PersonName.of(first, infix, last), group));
        store.linkIdentity(a.id(), "basispoort", "bp-" + a.id(), Optional.of(EckId.of("https://ketenid.nl/201703/" + a.id())));
        return a;
    }

    private long addResult(AccountId account) {
        long id = RESULT_IDS.getAndIncrement() + 1000;
        db.run("add result", c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into test_result values (?,?,?)")) {
                ps.setLong(1, id);
                ps.setString(2, account.toString());
                ps.setInt(3, 7);
                return ps.executeUpdate();
            }
        });
        return id;
    }

    private Set<Long> resultsOf(AccountId account) {
        return db.run("results", c -> {
            try (PreparedStatement ps = c.prepareStatement("select result_id from test_result where account_id = ?")) {
                ps.setString(1, account.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    Set<Long> ids = new HashSet<>();
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                    return ids;
                }
            }
        });
    }

    private int mergeRows() {
        return db.run("count merges", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from pw_merge")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private List<String> identitySubjects(AccountId account) {
        return store.identitiesOf(account).stream().map(i -> i.realmId() + ":" + i.subject()).sorted().toList();
    }

    // ------------------------------------------------------------------ tests

    @Test
    void proposalsSplitLegacyFromImportedAndShowCountsReasonsAndSuggestions() {
        Fixture f = school();
        Account daan = legacyPupil(f, "Wessel", "", "Vandenbroek", "groep 5", 3);
        Account fie = legacyPupil(f, "Fie", "", "Wolters", "groep 3", 1);
        Account test = legacyPupil(f, "Test", "", "Leerling", "groep 4", 0);
        Account daanNow = importedPupil(f, "Wessel", "van den", "Broek", "groep 6");
        Account sophieNow = importedPupil(f, "Sophie", "", "Woltersma", "groep 4");

        MergeProposals p = service.proposals(f.school().key());

        assertThat(p.automatic()).singleElement().satisfies(m -> {
            assertThat(m.legacy().account().id()).isEqualTo(daan.id());
            assertThat(m.imported().account().id()).isEqualTo(daanNow.id());
            assertThat(m.legacy().dataCount()).isEqualTo(3);
            assertThat(m.rule()).isEqualTo(MatchRule.UNIQUE_NAME);
        });
        assertThat(p.waiting()).extracting(w -> w.legacy().account().id()).containsExactlyInAnyOrder(fie.id(), test.id());
        MergeProposals.WaitingAccount waitingFie = p.waiting().stream()
                .filter(w -> w.legacy().account().id().equals(fie.id())).findFirst().orElseThrow();
        assertThat(waitingFie.legacy().dataCount()).isEqualTo(1);
        assertThat(waitingFie.suggestions()).first().satisfies(s -> {
            assertThat(s.imported().account().id()).isEqualTo(sophieNow.id());
            assertThat(s.rank()).isEqualTo(1);
        });
        assertThat(p.waiting().stream().filter(w -> w.legacy().account().id().equals(test.id())).findFirst().orElseThrow()
                .reason()).contains(HoldReason.TEST_ACCOUNT);
        assertThat(p.imported()).extracting(s -> s.account().id())
                .contains(daanNow.id(), sophieNow.id(), f.coordinator().accountId());
        assertThat(p.searchImported("broek VAN den")).extracting(s -> s.account().id()).containsExactly(daanNow.id());
        assertThat(p.searchImported("wessel vandenbroek")).extracting(s -> s.account().id()).containsExactly(daanNow.id());
        assertThat(p.searchImported("groep 4")).extracting(s -> s.account().id()).containsExactly(sophieNow.id());
        assertThat(p.searchImported("  ")).hasSameSizeAs(p.imported());
    }

    @Test
    void mergeMovesEverythingInOneStepAndUndoPutsBackExactlyThat() {
        Fixture f = school();
        Account old = legacyPupil(f, "Liv", "", "Peters", "groep 4", 4);
        Account now = importedPupil(f, "Olivia", "", "Peters", "groep 5");
        Set<Long> oldResults = resultsOf(old.id());
        long ownResult = addResult(now.id());
        List<String> nowIdentities = identitySubjects(now.id());

        MergeRecord merged = service.merge(old.id(), now.id(), f.actor(), "zelfde kind, roepnaam Liv");

        Account absorbed = store.findAccount(old.id()).orElseThrow();
        assertThat(absorbed.status()).isEqualTo(AccountStatus.MERGED);
        assertThat(absorbed.mergedInto()).contains(now.id());
        assertThat(store.findByIdentity("pupil-code", old.id().toString())).map(Account::id).contains(now.id());
        assertThat(resultsOf(now.id())).containsAll(oldResults).contains(ownResult);
        assertThat(resultsOf(old.id())).isEmpty();
        assertThat(merged.rule()).isEqualTo(MatchRule.MANUAL);
        assertThat(merged.by().account()).contains(f.coordinator().accountId());
        assertThat(merged.reason()).isEqualTo("zelfde kind, roepnaam Liv");
        assertThat(merged.score().getAsDouble()).isBetween(0.5, 1.0);
        assertThat(merged.identities()).extracting(MergeRecord.MovedIdentity::subject).containsExactly(old.id().toString());
        assertThat(merged.participants()).containsExactly("test-results", "zz-probe");
        assertThat(service.history(f.school().key())).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(merged.id());
            assertThat(r.undone()).isFalse();
            assertThat(r.identities()).isEqualTo(merged.identities());
        });

        long laterResult = addResult(now.id()); // taken after the merge: belongs to the survivor
        MergeRecord undone = service.undo(merged.id(), f.actor(), "toch twee kinderen");

        Account restored = store.findAccount(old.id()).orElseThrow();
        assertThat(restored.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(restored.mergedInto()).isEmpty();
        assertThat(restored.name()).isEqualTo(old.name());
        assertThat(restored.group()).isEqualTo(old.group());
        assertThat(identitySubjects(old.id())).containsExactly("pupil-code:" + old.id());
        assertThat(identitySubjects(now.id())).isEqualTo(nowIdentities);
        assertThat(resultsOf(old.id())).isEqualTo(oldResults);
        assertThat(resultsOf(now.id())).containsExactlyInAnyOrder(ownResult, laterResult);
        assertThat(undone.undo()).hasValueSatisfying(u -> {
            assertThat(u.by().account()).contains(f.coordinator().accountId());
            assertThat(u.reason()).isEqualTo("toch twee kinderen");
        });
        assertThat(service.history(f.school().key())).singleElement().satisfies(r -> assertThat(r.undone()).isTrue());
        assertThatThrownBy(() -> service.undo(merged.id(), f.actor())).isInstanceOf(UndoNotPossibleException.class)
                .hasMessageContaining("PW-MERGE-005");
        // and it can be merged again after the undo
        assertThat(service.merge(old.id(), now.id(), f.actor(), "").absorbed()).isEqualTo(old.id());
    }

    @Test
    void aDatabaseFailureInTheMiddleOfAMergeChangesNothing() {
        Fixture f = school();
        Account old = legacyPupil(f, "Sem", "", "Bakker", "groep 6", 2);
        Account now = importedPupil(f, "Sem", "", "Bakker", "groep 7");
        Set<Long> results = resultsOf(old.id());
        int mergesBefore = mergeRows();
        Account oldBefore = store.findAccount(old.id()).orElseThrow();
        Account nowBefore = store.findAccount(now.id()).orElseThrow();

        for (String mode : List.of("sql", "throw")) {
            failMode.clear();
            failMode.add(mode);
            try {
                assertThatThrownBy(() -> service.merge(old.id(), now.id(), f.actor(), "")).isInstanceOf(MergeParticipantException.class)
                        .hasMessageContaining("PW-MERGE-006").hasMessageContaining("zz-probe");
            } finally {
                failMode.clear();
            }
            assertThat(store.findAccount(old.id()).orElseThrow()).isEqualTo(oldBefore);
            assertThat(store.findAccount(now.id()).orElseThrow()).isEqualTo(nowBefore);
            assertThat(identitySubjects(old.id())).containsExactly("pupil-code:" + old.id());
            assertThat(resultsOf(old.id())).isEqualTo(results);
            assertThat(resultsOf(now.id())).isEmpty();
            assertThat(mergeRows()).isEqualTo(mergesBefore);
        }
    }

    @Test
    void aFailedUndoChangesNothingEither() {
        Fixture f = school();
        Account old = legacyPupil(f, "Noor", "", "Jansen", "groep 2", 2);
        Account now = importedPupil(f, "Noor", "", "Jansen", "groep 3");
        MergeRecord merged = service.merge(old.id(), now.id(), f.actor(), "");
        Set<Long> survivorResults = resultsOf(now.id());
        failMode.add("undo");
        try {
            assertThatThrownBy(() -> service.undo(merged.id(), f.actor())).isInstanceOf(MergeParticipantException.class);
        } finally {
            failMode.clear();
        }
        assertThat(store.findAccount(old.id()).orElseThrow().status()).isEqualTo(AccountStatus.MERGED);
        assertThat(store.findByIdentity("pupil-code", old.id().toString())).map(Account::id).contains(now.id());
        assertThat(resultsOf(now.id())).isEqualTo(survivorResults);
        assertThat(service.history(f.school().key())).singleElement().satisfies(r -> assertThat(r.undone()).isFalse());
        service.undo(merged.id(), f.actor());
        assertThat(store.findAccount(old.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void mergingAnAccountThatWasMergedMeanwhileFailsCleanly() {
        Fixture f = school();
        Account old = legacyPupil(f, "Zoë", "", "Çelik", "groep 3", 1);
        Account now = importedPupil(f, "Zoe", "", "Celik", "groep 4");
        Account other = importedPupil(f, "Zoey", "", "Celik", "groep 4");
        MergeProposals seen = service.proposals(f.school().key());
        long seenVersion = seen.waiting().stream().filter(w -> w.legacy().account().id().equals(old.id())).findFirst()
                .map(w -> w.legacy().account().version()).orElseThrow();

        service.merge(old.id(), now.id(), f.actor(), "");

        assertThatThrownBy(() -> service.merge(old.id(), other.id(), f.actor(), "")).isInstanceOf(MergeConflictException.class)
                .hasMessageContaining("PW-MERGE-003").hasMessageContaining("merged meanwhile");
        assertThatThrownBy(() -> service.merge(old.id(), OptionalLong.of(seenVersion), other.id(), OptionalLong.empty(),
                f.actor(), "")).isInstanceOf(MergeConflictException.class);
        Account teacher = store.findAccount(f.coordinator().accountId()).orElseThrow();
        Account fresh = legacyPupil(f, "Bram", "", "Smit", "groep 5", 0);
        assertThatThrownBy(() -> service.merge(fresh.id(), OptionalLong.of(fresh.version() - 1), other.id(), OptionalLong.empty(),
                f.actor(), "")).isInstanceOf(MergeConflictException.class).hasMessageContaining("changed since it was shown");
        assertThatThrownBy(() -> service.merge(fresh.id(), teacher.id(), f.actor(), ""))
                .isInstanceOf(AccountsNotMergeableException.class).hasMessageContaining("PW-MERGE-002");
        assertThatThrownBy(() -> service.merge(fresh.id(), fresh.id(), f.actor(), ""))
                .isInstanceOf(AccountsNotMergeableException.class);
        Fixture elsewhere = school();
        Account foreign = importedPupil(elsewhere, "Bram", "", "Smit", "groep 6");
        assertThatThrownBy(() -> service.merge(fresh.id(), foreign.id(), f.actor(), ""))
                .isInstanceOf(AccountsNotMergeableException.class).hasMessageContaining("different schools");
        assertThat(store.findAccount(fresh.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void onlyAnIctCoordinatorOfTheSchoolOrTheSystemMayMerge() {
        Fixture f = school();
        Account old = legacyPupil(f, "Finn", "", "Vos", "groep 3", 0);
        Account now = importedPupil(f, "Finn", "", "Vos", "groep 4");
        Account teacher = store.createAccount(NewAccount.teacher(f.school().key(), PersonName.of("Bram", "", "Kok"), Set.of()));
        Fixture other = school();
        AccountPrincipal pupil = AccountPrincipal.of(now, "basispoort");
        // a principal claiming the flag while the stored account no longer has it
        AccountPrincipal stale = new AccountPrincipal(teacher.id(), f.school().key(), teacher.role(),
                Set.of(AccountFlag.ICT_COORDINATOR), "", "basispoort");

        for (AccountPrincipal p : List.of(pupil, AccountPrincipal.of(teacher, "basispoort"), stale)) {
            assertThatThrownBy(() -> service.merge(old.id(), now.id(), MergeActor.coordinator(p), ""))
                    .isInstanceOf(MergeNotAllowedException.class).hasMessageContaining("PW-MERGE-001");
        }
        // another school's coordinator does not even learn that the accounts exist
        assertThatThrownBy(() -> service.merge(old.id(), now.id(), other.actor(), "")).isInstanceOf(UnknownAccountException.class);
        assertThat(store.findAccount(old.id()).orElseThrow().isActive()).isTrue();
        MergeRecord bySystem = service.merge(old.id(), now.id(), MergeActor.system("basispoort-sync"), "");
        assertThat(bySystem.by().label()).isEqualTo("basispoort-sync");
        assertThatThrownBy(() -> service.undo(bySystem.id(), other.actor())).isInstanceOf(UnknownMergeException.class);
        assertThatThrownBy(() -> service.undo(MergeId.random(), f.actor())).isInstanceOf(UnknownMergeException.class)
                .hasMessageContaining("PW-MERGE-004");
    }

    @Test
    void autoMergeMakesTheCertainMergesOnceAndRecordsTheRule() {
        Fixture f = school();
        Account a = legacyPupil(f, "Jasmijn", "", "Hoekstra", "groep 5", 2);
        Account b = legacyPupil(f, "Thijs", "van", "Wijngaarden", "groep 7", 1);
        Account twin1 = legacyPupil(f, "Tim", "", "Kuiper", "groep 2", 0);
        Account aNow = importedPupil(f, "Jasmyn", "", "Hoekstra", "groep 6");
        Account bNow = importedPupil(f, "Thijs", "", "Wijngaarden, van", "groep 8");
        importedPupil(f, "Tim", "", "Kuiper", "groep 3");
        importedPupil(f, "Tom", "", "Kuiper", "groep 3");

        List<MergeRecord> done = service.autoMerge(f.school().key(), MergeActor.system("basispoort-sync"));

        assertThat(done).extracting(MergeRecord::absorbed).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(done).allSatisfy(r -> {
            assertThat(r.rule()).isEqualTo(MatchRule.UNIQUE_NAME);
            assertThat(r.reason()).startsWith("automatic");
        });
        assertThat(store.findAccount(a.id()).orElseThrow().mergedInto()).contains(aNow.id());
        assertThat(store.findAccount(b.id()).orElseThrow().mergedInto()).contains(bNow.id());
        assertThat(store.findAccount(twin1.id()).orElseThrow().isActive()).as("Tim/Tom twins wait for the coordinator").isTrue();
        assertThat(service.autoMerge(f.school().key(), MergeActor.system("basispoort-sync"))).isEmpty();
        assertThat(service.history(f.school().key())).hasSize(2);
    }

    @Test
    void anUndoIsRefusedWhileALaterMergeBuildsOnIt() {
        Fixture f = school();
        Account first = legacyPupil(f, "Lotte", "", "Mulder", "groep 4", 1);
        Account second = legacyPupil(f, "Lotte", "", "Mulder", "groep 4", 1);
        Account now = importedPupil(f, "Lotte", "", "Mulder", "groep 5");
        MergeRecord m1 = service.merge(first.id(), second.id(), f.actor(), "dubbel account");
        MergeRecord m2 = service.merge(second.id(), now.id(), f.actor(), "");
        assertThat(resultsOf(now.id())).hasSize(2);
        assertThat(store.findByIdentity("pupil-code", first.id().toString())).map(Account::id).contains(now.id());

        assertThatThrownBy(() -> service.undo(m1.id(), f.actor())).isInstanceOf(UndoNotPossibleException.class)
                .hasMessageContaining("undo that merge first");
        service.undo(m2.id(), f.actor());
        service.undo(m1.id(), f.actor());
        assertThat(resultsOf(first.id())).hasSize(1);
        assertThat(resultsOf(second.id())).hasSize(1);
        assertThat(store.findByIdentity("pupil-code", first.id().toString())).map(Account::id).contains(first.id());
    }

    @Test
    void concurrentMergesOfTheSameAccountsNeverLoseData() throws Exception {
        Fixture f = school();
        Account old = legacyPupil(f, "Mila", "", "Dekker", "groep 6", 5);
        List<Account> targets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            targets.add(importedPupil(f, "Mila", "", "Dekker", "groep 7"));
        }
        long totalResults = 5;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (Account target : targets) {
                attempts.add(() -> {
                    go.await();
                    try {
                        service.merge(old.id(), target.id(), f.actor(), "");
                        return true;
                    } catch (MergeConflictException | StoreUnavailableException e) {
                        return false; // lost the race: refused cleanly (on H2 possibly as a lock timeout)
                    }
                });
            }
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Callable<Boolean> a : attempts) {
                futures.add(pool.submit(a));
            }
            go.countDown();
            int winners = 0;
            for (Future<Boolean> fu : futures) {
                winners += fu.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            Account merged = store.findAccount(old.id()).orElseThrow();
            AccountId survivor = merged.mergedInto().orElseThrow();
            assertThat(resultsOf(survivor)).hasSize((int) totalResults);
            assertThat(service.history(f.school().key())).hasSize(1);

            // a chain raced from both ends: A→B and B→C; whatever wins, every result ends on an active account
            Account a = legacyPupil(f, "Daan", "", "Smit", "groep 3", 3);
            Account b = legacyPupil(f, "Daan", "", "Smit", "groep 3", 2);
            Account c = importedPupil(f, "Daan", "", "Smit", "groep 4");
            CountDownLatch both = new CountDownLatch(1);
            Future<Boolean> ab = pool.submit(() -> {
                both.await();
                try {
                    service.merge(a.id(), b.id(), f.actor(), "");
                    return true;
                } catch (MergeConflictException | StoreUnavailableException e) {
                    return false;
                }
            });
            Future<Boolean> bc = pool.submit(() -> {
                both.await();
                try {
                    service.merge(b.id(), c.id(), f.actor(), "");
                    return true;
                } catch (MergeConflictException | StoreUnavailableException e) {
                    return false;
                }
            });
            both.countDown();
            assertThat(ab.get() || bc.get()).isTrue();
            long onActive = 0;
            for (Account x : List.of(a, b, c)) {
                Account now = store.findAccount(x.id()).orElseThrow();
                if (now.isActive()) {
                    onActive += resultsOf(x.id()).size();
                } else {
                    assertThat(resultsOf(x.id())).as("no results left on a merged account").isEmpty();
                }
            }
            assertThat(onActive).isEqualTo(5);

            // an undo racing another merge into the survivor: either order may win (or both), never a mixture
            Account d = legacyPupil(f, "Saar", "", "Brinkman", "groep 2", 2);
            Account e = importedPupil(f, "Saar", "", "Brinkman", "groep 3");
            Account g = legacyPupil(f, "Saar", "", "Brinkman", "groep 2", 0);
            MergeRecord de = service.merge(d.id(), e.id(), f.actor(), "");
            CountDownLatch race = new CountDownLatch(1);
            Future<Boolean> undo = pool.submit(() -> {
                race.await();
                try {
                    service.undo(de.id(), f.actor());
                    return true;
                } catch (MergeConflictException | UndoNotPossibleException | StoreUnavailableException ex) {
                    return false;
                }
            });
            Future<Boolean> onward = pool.submit(() -> {
                race.await();
                try {
                    service.merge(g.id(), e.id(), f.actor(), "");
                    return true;
                } catch (MergeConflictException | StoreUnavailableException ex) {
                    return false;
                }
            });
            race.countDown();
            assertThat(undo.get() || onward.get()).as("one of them").isTrue();
            long saarResults = 0;
            for (Account x : List.of(d, e, g)) {
                Account now = store.findAccount(x.id()).orElseThrow();
                if (now.isActive()) {
                    saarResults += resultsOf(x.id()).size();
                } else {
                    assertThat(resultsOf(x.id())).as("no results left on a merged account").isEmpty();
                }
            }
            assertThat(saarResults).isEqualTo(2);
            Account owner = store.findByIdentity("pupil-code", d.id().toString()).orElseThrow();
            assertThat(owner.isActive()).isTrue();
            assertThat(resultsOf(owner.id())).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameEckIdOnBothSidesMergesAutomaticallyWhateverTheNames() {
        Fixture f = school();
        Account old = legacyPupil(f, "Mo", "", "Bakkali", "groep 5", 2);
        EckId eck = EckId.of("https://ketenid.nl/201703/" + "c3".repeat(32));
        store.linkIdentity(old.id(), "entree", "mo@school.example", Optional.of(eck));
        Account now = store.createAccount(NewAccount.pupil(f.school().key(), PersonName.of("Mohamed", "", "El Bakkali"), "groep 6"));
        store.linkIdentity(now.id(), "basispoort", "bp-777", Optional.of(eck));

        MergeProposals p = service.proposals(f.school().key());
        assertThat(p.automatic()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo(MatchRule.ECK_ID);
            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.imported().account().id()).isEqualTo(now.id());
        });
        MergeRecord r = service.autoMerge(f.school().key(), MergeActor.system("basispoort-sync")).get(0);
        assertThat(r.rule()).isEqualTo(MatchRule.ECK_ID);
        assertThat(identitySubjects(now.id())).containsExactlyInAnyOrder("basispoort:bp-777", "entree:mo@school.example",
                "pupil-code:" + old.id());
    }

    @Test
    void mergedIdentitiesLogInToTheSurvivor() {
        Fixture f = school();
        Account old = legacyPupil(f, "Ayoub", "El", "Amrani", "groep 6", 1);
        Account now = importedPupil(f, "Ayoub", "", "Elamrani", "groep 7");
        service.merge(old.id(), now.id(), f.actor(), "");
        List<LinkedIdentity> identities = store.identitiesOf(now.id());
        assertThat(identities).extracting(LinkedIdentity::realmId).containsExactlyInAnyOrder("basispoort", "pupil-code");
        assertThat(identities).filteredOn(i -> i.realmId().equals("basispoort")).singleElement()
                .satisfies(i -> assertThat(i.eckIdKnown()).isTrue());
        Map<AccountId, Long> counts = service.dataCounts(List.of(old.id(), now.id()));
        assertThat(counts.getOrDefault(old.id(), 0L)).isZero();
        assertThat(counts.get(now.id())).isEqualTo(1);
    }

    @Test
    void importedAccountsAreNeverAbsorbedAndTheCoordinatorsOwnAccountNeverMerges() {
        Fixture f = school();
        Account legacy = legacyPupil(f, "Noor", "", "Visser", "groep 4", 1);
        Account imported = importedPupil(f, "Noor", "", "Visser", "groep 5");
        Account otherImported = importedPupil(f, "Noor", "", "Visser", "groep 5");
        assertThatThrownBy(() -> service.merge(imported.id(), otherImported.id(), f.actor(), ""))
                .isInstanceOf(AccountsNotMergeableException.class).hasMessageContaining("never absorbed");
        assertThatThrownBy(() -> service.merge(imported.id(), legacy.id(), f.actor(), ""))
                .isInstanceOf(AccountsNotMergeableException.class);
        AccountId me = f.actor().accountId().orElseThrow();
        assertThatThrownBy(() -> service.merge(legacy.id(), me, f.actor(), ""))
                .isInstanceOf(AccountsNotMergeableException.class).hasMessageContaining("own account");
        assertThat(store.findAccount(imported.id()).orElseThrow().isActive()).isTrue();
    }
}
