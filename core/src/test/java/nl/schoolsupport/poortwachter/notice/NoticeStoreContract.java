package nl.schoolsupport.poortwachter.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/** One behaviour, two databases: H2 ({@link H2NoticeStoreTest}) and PostgreSQL ({@link PostgresNoticeStoreIT}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NoticeStoreContract {

    private static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");

    private Database db;
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private JdbcNoticeStore notices;
    private JdbcSchoolLicenceStore licences;

    protected abstract DatabaseConfig config();

    @BeforeAll
    void startDatabase() {
        db = new Database(config());
        db.start();
        notices = new JdbcNoticeStore(db, clock);
        licences = new JdbcSchoolLicenceStore(db);
    }

    @AfterAll
    void stopDatabase() {
        if (db != null) { // null when the database is unavailable and the tests were skipped
            db.close();
        }
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static SchoolKey uniqueSchool() {
        return SchoolKey.flemishInstitution(String.format("%06d", (int) (Math.random() * 1_000_000)));
    }

    private static Notice update(String id, Instant from, Optional<Instant> until, Optional<SchoolKey> school) {
        return new Notice(id, NoticeKind.PRODUCT_UPDATE, NoticeSeverity.INFO, LocalizedText.of("Nieuwe toetsen", "New tests"),
                LocalizedText.of("Vanaf vandaag: powertoets fase 4 — ‘é’ en ü", "From today: power test phase 4"), from, until,
                school);
    }

    private static SchoolLicence licence(SchoolKey school, LicenceStatus status, LocalDate until, boolean autoRenewal,
            Instant observedAt) {
        return new SchoolLicence(school, "VBS De Regenboog", "BAREKA", "Bareka", status, until, autoRenewal,
                Optional.of(until.plusDays(1)), Optional.of(ContactPerson.of("Els Vermeulen", "els@regenboog.example")),
                observedAt);
    }

    // ---- stored notices

    @Test
    void storesAndReadsANoticeUnchanged() {
        SchoolKey school = uniqueSchool();
        Notice n = update(uniqueId("upd"), NOW.minusSeconds(60), Optional.of(NOW.plusSeconds(3600)), Optional.of(school));
        notices.create(n);

        StoredNotice stored = notices.find(n.id()).orElseThrow();
        assertThat(stored.notice()).isEqualTo(n);
        assertThat(stored.isRetired()).isFalse();
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @Test
    void refusesADuplicateIdAndAnUpdateOfAnUnknownOne() {
        Notice n = update(uniqueId("dup"), NOW, Optional.empty(), Optional.empty());
        notices.create(n);
        assertThatThrownBy(() -> notices.create(n)).isInstanceOf(NoticeException.class)
                .extracting(e -> ((NoticeException) e).errorCode()).isEqualTo(NoticeErrorCode.DUPLICATE_NOTICE);
        assertThatThrownBy(() -> notices.update(update(uniqueId("nope"), NOW, Optional.empty(), Optional.empty())))
                .isInstanceOf(NoticeException.class)
                .extracting(e -> ((NoticeException) e).errorCode()).isEqualTo(NoticeErrorCode.UNKNOWN_NOTICE);
    }

    @Test
    void activeHonoursTimeWindowSchoolScopeAndRetirement() {
        SchoolKey mine = uniqueSchool();
        SchoolKey other = uniqueSchool();
        Notice general = update(uniqueId("general"), NOW.minusSeconds(10), Optional.empty(), Optional.empty());
        Notice forMine = update(uniqueId("mine"), NOW.minusSeconds(10), Optional.empty(), Optional.of(mine));
        Notice forOther = update(uniqueId("other"), NOW.minusSeconds(10), Optional.empty(), Optional.of(other));
        Notice future = update(uniqueId("future"), NOW.plusSeconds(10), Optional.empty(), Optional.empty());
        Notice ended = update(uniqueId("ended"), NOW.minusSeconds(20), Optional.of(NOW), Optional.empty());
        Notice retired = update(uniqueId("retired"), NOW.minusSeconds(10), Optional.empty(), Optional.empty());
        for (Notice n : List.of(general, forMine, forOther, future, ended, retired)) {
            notices.create(n);
        }
        assertThat(notices.retire(retired.id(), NOW)).isTrue();
        assertThat(notices.retire(retired.id(), NOW)).as("retiring twice").isFalse();

        List<String> forMyTeachers = notices.active(NOW, Optional.of(mine)).stream().map(Notice::id).toList();
        assertThat(forMyTeachers).contains(general.id(), forMine.id())
                .doesNotContain(forOther.id(), future.id(), ended.id(), retired.id());
        List<String> anonymous = notices.active(NOW, Optional.empty()).stream().map(Notice::id).toList();
        assertThat(anonymous).contains(general.id()).doesNotContain(forMine.id(), forOther.id());
    }

    @Test
    void updateReplacesContentButNotOfARetiredNotice() {
        Notice n = update(uniqueId("edit"), NOW, Optional.empty(), Optional.empty());
        notices.create(n);
        Notice changed = new Notice(n.id(), NoticeKind.SERVICE, NoticeSeverity.WARNING, LocalizedText.of("Onderhoud", null),
                LocalizedText.of("Zaterdag onderhoud van 8 tot 10 uur.", "Maintenance on Saturday."), NOW,
                Optional.of(NOW.plus(Duration.ofDays(2))), Optional.empty());
        now.set(NOW.plusSeconds(5));
        try {
            notices.update(changed);
        } finally {
            now.set(NOW);
        }
        StoredNotice stored = notices.find(n.id()).orElseThrow();
        assertThat(stored.notice()).isEqualTo(changed);
        assertThat(stored.notice().title().en()).isEqualTo("Onderhoud");
        assertThat(stored.updatedAt()).isAfter(stored.createdAt());

        notices.retire(n.id(), NOW);
        assertThatThrownBy(() -> notices.update(n)).isInstanceOf(NoticeException.class);
    }

    // ---- product update service and file import

    @Test
    void importIsIdempotentLeavesRetiredAloneAndStoresNothingOfABrokenFile() {
        ProductUpdateService service = new ProductUpdateService(notices, db,
                new NoticeService(Set.of(new StoredNoticeSource(notices)), clock), clock);
        String a = uniqueId("file-a");
        String b = uniqueId("file-b");
        String file = a + ".title.nl=Nieuwe oefeningen\n" + a + ".body.nl=Oefenen met breuken.\n" + a + ".valid-from=2026-06-01\n"
                + b + ".title.nl=Onderhoud\n" + b + ".body.nl=Zaterdag even niet.\n" + b + ".valid-from=2026-06-01\n"
                + b + ".kind=SERVICE\n";

        assertThat(service.importNotices(NoticeFile.parse(new StringReader(file), "t")))
                .isEqualTo(new ProductUpdateService.ImportResult(2, 0, 0, 0));
        assertThat(service.importNotices(NoticeFile.parse(new StringReader(file), "t")))
                .isEqualTo(new ProductUpdateService.ImportResult(0, 0, 2, 0));
        service.retire(b);
        String changed = file.replace("Oefenen met breuken.", "Oefenen met kommagetallen.");
        assertThat(service.importNotices(NoticeFile.parse(new StringReader(changed), "t")))
                .isEqualTo(new ProductUpdateService.ImportResult(0, 1, 0, 1));
        assertThat(service.find(a).orElseThrow().notice().body().nl()).isEqualTo("Oefenen met kommagetallen.");
        assertThat(service.find(b).orElseThrow().isRetired()).isTrue();

        String c = uniqueId("file-c");
        String broken = c + ".title.nl=Goed\n" + c + ".body.nl=Goed\n" + c + ".valid-from=2026-06-01\n"
                + "x.title.nl=Slecht\nx.valid-from=2026-06-01\ny.title.nl=Y\ny.body.nl=Y\ny.valid-from=morgen\n";
        assertThatThrownBy(() -> service.importNotices(NoticeFile.parse(new StringReader(broken), "broken.properties")))
                .isInstanceOf(NoticeException.class)
                .hasMessageContaining("PW-NOTICE-004").hasMessageContaining("broken.properties")
                .hasMessageContaining("missing body.nl").hasMessageContaining("valid-from");
        assertThat(service.find(c)).isEmpty();
    }

    @Test
    void serviceEditsShowOnTheLoginPageAtOnce() {
        NoticeService noticeService = new NoticeService(Set.of(new StoredNoticeSource(notices)), clock, Duration.ofHours(1));
        ProductUpdateService service = new ProductUpdateService(notices, db, noticeService, clock);
        Notice n = update(uniqueId("live"), NOW.minusSeconds(1), Optional.empty(), Optional.empty());
        assertThat(noticeService.forLoginPage(Optional.empty())).doesNotContain(n);

        service.create(n);
        assertThat(noticeService.forLoginPage(Optional.empty())).contains(n);
        service.retire(n.id());
        assertThat(noticeService.forLoginPage(Optional.empty())).doesNotContain(n);
        assertThatThrownBy(() -> service.retire(n.id())).isInstanceOf(NoticeException.class)
                .hasMessageContaining("PW-NOTICE-002");
    }

    // ---- licence facts

    @Test
    void licenceFactsAreUpsertedAndAnOlderObservationNeverWins() {
        SchoolKey school = uniqueSchool();
        LocalDate until = LocalDate.of(2026, 7, 31);
        licences.save(licence(school, LicenceStatus.ACTIVE, until, true, NOW));
        assertThat(licences.find(school, "BAREKA")).contains(licence(school, LicenceStatus.ACTIVE, until, true, NOW));

        licences.save(licence(school, LicenceStatus.CANCELLED, until, true, NOW.plusSeconds(60)));
        licences.save(licence(school, LicenceStatus.EXPIRED, until, true, NOW.minusSeconds(60)));
        SchoolLicence stored = licences.find(school, "BAREKA").orElseThrow();
        assertThat(stored.status()).isEqualTo(LicenceStatus.CANCELLED);
        assertThat(stored.contact()).contains(ContactPerson.of("Els Vermeulen", "els@regenboog.example"));
        assertThat(licences.ofSchool(school)).containsExactly(stored);
        assertThat(licences.find(school, "OTHER")).isEmpty();
    }

    @Test
    void licenceNoticesForTheSchoolAndForEveryone() {
        LocalDate today = NOW.atZone(LicenceNoticeSource.LICENCE_ZONE).toLocalDate();
        SchoolKey renewing = uniqueSchool();
        SchoolKey ending = uniqueSchool();
        SchoolKey expired = uniqueSchool();
        SchoolKey farAway = uniqueSchool();
        licences.save(licence(renewing, LicenceStatus.ACTIVE, today.plusDays(45), true, NOW));
        licences.save(licence(ending, LicenceStatus.ACTIVE, today.plusDays(30), false, NOW));
        licences.save(licence(expired, LicenceStatus.EXPIRED, today.minusDays(3), true, NOW));
        licences.save(licence(farAway, LicenceStatus.ACTIVE, today.plusDays(200), false, NOW));
        NoticeService service = new NoticeService(Set.of(new LicenceNoticeSource(licences)), clock, Duration.ZERO);

        assertThat(service.forSchool(renewing)).extracting(Notice::kind).contains(NoticeKind.LICENCE_AUTO_RENEWAL);
        Notice schoolRenewal = service.forSchool(renewing).stream().filter(n -> n.school().isPresent()).findFirst().orElseThrow();
        assertThat(schoolRenewal.body().nl()).contains("automatisch verlengd").contains("vóór")
                .contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-BE"))
                        .format(today.plusDays(46)));

        Notice warning = service.forSchool(ending).stream().filter(n -> n.kind() == NoticeKind.LICENCE_EXPIRING)
                .findFirst().orElseThrow();
        assertThat(warning.severity()).isEqualTo(NoticeSeverity.WARNING);
        assertThat(warning.body().nl()).contains("niet automatisch verlengd");
        assertThat(service.forSchool(expired)).filteredOn(n -> n.school().isPresent())
                .extracting(Notice::kind).containsExactly(NoticeKind.LICENCE_EXPIRED);
        assertThat(service.forSchool(expired).get(0).severity()).as("most severe first").isEqualTo(NoticeSeverity.CRITICAL);
        assertThat(service.forSchool(farAway)).filteredOn(n -> n.school().isPresent()).isEmpty();

        // the login page of a browser without a remembered school: only the general renewal reminder
        List<Notice> anonymous = service.forLoginPage(Optional.empty());
        assertThat(anonymous).isNotEmpty().allSatisfy(n -> {
            assertThat(n.school()).isEmpty();
            assertThat(n.kind()).isEqualTo(NoticeKind.LICENCE_AUTO_RENEWAL);
            assertThat(n.body().nl()).doesNotContain("Regenboog", "Els");
        });
        assertThat(anonymous).extracting(Notice::id).contains("licence:renewal:BAREKA:" + today.plusDays(46));
    }
}
