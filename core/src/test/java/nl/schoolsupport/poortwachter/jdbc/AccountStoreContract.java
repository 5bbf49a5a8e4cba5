package nl.schoolsupport.poortwachter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.privacy.DataProtector;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.pupilcode.PupilCredential;
import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.store.IdentityAlreadyLinkedException;
import nl.schoolsupport.poortwachter.store.StaleAccountException;
import nl.schoolsupport.poortwachter.store.StoreUnavailableException;
import nl.schoolsupport.poortwachter.store.UnknownSchoolException;
import nl.schoolsupport.poortwachter.testing.TestKeys;

/** One behaviour, two databases: H2 ({@link H2AccountStoreTest}) and PostgreSQL ({@link PostgresAccountStoreIT}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountStoreContract {

    private Database db;
    private JdbcAccountStore store;
    private JdbcReplayCache replay;
    private JdbcOneTimeStore oneTime;
    private JdbcPupilCredentialStore credentials;
    private final DataProtector protector = TestKeys.protector();

    protected abstract DatabaseConfig config();

    @BeforeAll
    void startDatabase() {
        db = new Database(config());
        db.start();
        store = new JdbcAccountStore(db, protector, Clock.systemUTC());
        replay = new JdbcReplayCache(db, Clock.systemUTC());
        oneTime = new JdbcOneTimeStore(db, Clock.systemUTC());
        credentials = new JdbcPupilCredentialStore(db, Clock.systemUTC());
    }

    @AfterAll
    void stopDatabase() {
        if (db != null) { // null when the database is unavailable and the tests were skipped
            db.close();
        }
    }

    private School newSchool(String brin) {
        return store.saveSchool(School.of(SchoolKey.brin(brin), "OBS De Regenboog " + brin, Country.NL));
    }

    private static String uniqueBrin() {
        String digits = String.format("%02d", (int) (Math.random() * 100));
        char a = (char) ('A' + (int) (Math.random() * 26));
        char b = (char) ('A' + (int) (Math.random() * 26));
        return digits + a + b + String.format("%02d", (int) (Math.random() * 100));
    }

    @Test
    void unicodeAndSqlMetacharactersRoundTripIntact() {
        School school = newSchool(uniqueBrin());
        PersonName zoe = PersonName.of("Zoë", "", "Çelik");
        PersonName bobby = PersonName.of("Robert'); drop table pw_account;--", "van der", "Berg \"\\%_");
        Account a = store.createAccount(NewAccount.pupil(school.key(), zoe, "groep 5b"));
        Account b = store.createAccount(NewAccount.pupil(school.key(), bobby, "groep 6"));

        assertThat(store.findAccount(a.id()).orElseThrow().name()).isEqualTo(zoe);
        assertThat(store.findAccount(b.id()).orElseThrow().name()).isEqualTo(bobby);
        assertThat(store.findAccount(a.id()).orElseThrow().group()).contains("groep 5b");
        assertThat(store.accountsOfSchool(school.key())).extracting(Account::id).containsExactly(b.id(), a.id());
    }

    @Test
    void schoolIsUpdatedInPlaceAndFoundByBrin4WhenUnique() {
        String brin = uniqueBrin();
        newSchool(brin);
        School renamed = store.saveSchool(School.of(SchoolKey.brin(brin), "Kindcentrum 't Palet", Country.NL)
                .withAdministrator(ContactPerson.of("Marieke de Boer", "beheer@palet.example")));

        School found = store.findSchool(SchoolKey.brin(brin)).orElseThrow();
        assertThat(found).isEqualTo(renamed);
        assertThat(store.findSchoolByBrin(brin.substring(0, 4))).contains(renamed);
        assertThat(store.findSchoolByBrin(brin.toLowerCase())).contains(renamed);
    }

    @Test
    void brin4MatchingSeveralVestigingenIsNotGuessed() {
        String brin4 = uniqueBrin().substring(0, 4);
        newSchool(brin4 + "00");
        newSchool(brin4 + "01");
        assertThat(store.findSchoolByBrin(brin4)).isEmpty();
        assertThat(store.findSchoolByBrin(brin4 + "01")).map(s -> s.key().value()).contains(brin4 + "01");
    }

    @Test
    void accountNeedsAKnownSchool() {
        assertThatThrownBy(() -> store.createAccount(NewAccount.pupil(SchoolKey.brin("99ZZ00"), PersonName.of("A", "", "B"), null)))
                .isInstanceOf(UnknownSchoolException.class)
                .hasMessageContaining("PW-CORE-005");
    }

    @Test
    void optimisticLockingRejectsAStaleUpdate() {
        School school = newSchool(uniqueBrin());
        Account original = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Sem", "", "Bakker"), "groep 3"));
        Account first = store.updateAccount(original.withGroup(Optional.of("groep 4")));

        assertThat(first.version()).isEqualTo(original.version() + 1);
        assertThatThrownBy(() -> store.updateAccount(original.withGroup(Optional.of("groep 5"))))
                .isInstanceOf(StaleAccountException.class);
        assertThat(store.findAccount(original.id()).orElseThrow().group()).contains("groep 4");
    }

    @Test
    void concurrentUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
        School school = newSchool(uniqueBrin());
        Account original = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Liv", "", "Peters"), "groep 3"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String group = "groep " + (4 + i);
                attempts.add(() -> {
                    try {
                        store.updateAccount(original.withGroup(Optional.of(group)));
                        return true;
                    } catch (StaleAccountException e) {
                        return false;
                    }
                });
            }
            long winners = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(store.findAccount(original.id()).orElseThrow().version()).isEqualTo(original.version() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identitiesLinkOnceAndAreFoundByEckIdWithoutStoringItInClear() throws Exception {
        School school = newSchool(uniqueBrin());
        Account a = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Daan", "van der", "Berg"), "groep 6"));
        Account b = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Sara", "", "Yılmaz"), "groep 6"));
        EckId eck = EckId.of("https://ketenid.nl/201703/" + "ab".repeat(32));

        store.linkIdentity(a.id(), "entree", "daan@school", Optional.of(eck));

        assertThat(store.findByIdentity("entree", "daan@school")).map(Account::id).contains(a.id());
        assertThat(store.findByEckId(eck)).extracting(Account::id).containsExactly(a.id());
        assertThat(store.identitiesOf(a.id())).singleElement().satisfies(i -> assertThat(i.eckIdKnown()).isTrue());
        assertThat(store.eckIdOf("entree", "daan@school")).contains(eck);
        assertThatThrownBy(() -> store.linkIdentity(b.id(), "entree", "daan@school", Optional.empty()))
                .isInstanceOf(IdentityAlreadyLinkedException.class);
        try (var c = db.dataSource().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select eck_lookup, eck_encrypted from pw_identity where subject = 'daan@school'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + rs.getString(2)).doesNotContain("ketenid").doesNotContain("abab");
        }
    }

    @Test
    void movingAnIdentityIsWhatAMergeDoes() {
        School school = newSchool(uniqueBrin());
        Account old = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Noor", "", "Jansen"), "groep 5"));
        Account imported = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Noor", "", "Jansen"), "groep 6"));
        store.linkIdentity(old.id(), "pupil-code", old.id().toString(), Optional.empty());

        assertThat(store.moveIdentity("pupil-code", old.id().toString(), imported.id())).isTrue();
        assertThat(store.findByIdentity("pupil-code", old.id().toString())).map(Account::id).contains(imported.id());
        assertThat(store.moveIdentity("pupil-code", "nobody", imported.id())).isFalse();
        Account merged = store.updateAccount(old.mergedInto(imported.id()));
        assertThat(merged.status()).isEqualTo(AccountStatus.MERGED);
        assertThat(store.findAccount(old.id()).orElseThrow().mergedInto()).contains(imported.id());
    }

    @Test
    void flagsRoundTrip() {
        School school = newSchool(uniqueBrin());
        Account teacher = store.createAccount(NewAccount.teacher(school.key(), PersonName.of("Marieke", "", "de Boer"),
                Set.of(AccountFlag.ICT_COORDINATOR, AccountFlag.SCHOOL_ADMINISTRATOR)));
        assertThat(store.findAccount(teacher.id()).orElseThrow().flags())
                .containsExactlyInAnyOrder(AccountFlag.ICT_COORDINATOR, AccountFlag.SCHOOL_ADMINISTRATOR);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        School school = newSchool(uniqueBrin());
        assertThatThrownBy(() -> db.inTransaction(() -> {
            store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Ghost", "", "Kind"), "groep 1"));
            throw new IllegalStateException("participant failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.accountsOfSchool(school.key())).isEmpty();
    }

    @Test
    void aDuplicateInsideATransactionDoesNotPoisonIt() {
        School school = newSchool(uniqueBrin());
        Account a = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Fie", "", "Smit"), "groep 2"));
        db.inTransaction(() -> {
            assertThat(credentials.create(new PupilCredential("fie.smit", a.id(), "$hash", true), Optional.empty())).isTrue();
            assertThat(credentials.create(new PupilCredential("FIE.SMIT", a.id(), "$other", true), Optional.empty())).isFalse();
            store.updateAccount(a.withGroup(Optional.of("groep 3")));
        });
        assertThat(credentials.findByUsername("Fie.Smit")).map(PupilCredential::passwordHash).contains("$hash");
        assertThat(store.findAccount(a.id()).orElseThrow().group()).contains("groep 3");
    }

    @Test
    void replayCacheAcceptsAnIdOnceUntilItExpires() {
        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        String id = "_" + java.util.UUID.randomUUID();
        assertThat(replay.firstUse("saml", id, later)).isTrue();
        assertThat(replay.firstUse("saml", id, later)).isFalse();
        assertThat(replay.firstUse("other", id, later)).isTrue();

        String expired = "_" + java.util.UUID.randomUUID();
        assertThat(replay.firstUse("saml", expired, Instant.now().minusSeconds(1))).isTrue();
        assertThat(replay.firstUse("saml", expired, later)).as("an expired entry may be used again").isTrue();
    }

    @Test
    void oneTimeValuesAreReadOnceAndNotAfterExpiry() {
        oneTime.put("relay", "k1", "/leerling", Instant.now().plusSeconds(60));
        oneTime.put("relay", "k2", "/leraar", Instant.now().minusSeconds(1));
        assertThat(oneTime.take("relay", "k1")).contains("/leerling");
        assertThat(oneTime.take("relay", "k1")).isEmpty();
        assertThat(oneTime.take("relay", "k2")).isEmpty();
        assertThat(oneTime.take("other", "k1")).isEmpty();
    }

    @Test
    void databaseDownGivesAClearErrorNotAHang() {
        Database broken = new Database(new DatabaseConfig(config().url().startsWith("jdbc:h2")
                ? "jdbc:h2:tcp://127.0.0.1:1/nowhere" : "jdbc:postgresql://127.0.0.1:1/nowhere", "x", "y", 1,
                Duration.ofMillis(500)));
        assertThatThrownBy(broken::start).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("PW-CORE-002");
    }
}
