package nl.schoolsupport.poortwachter.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.school.SchoolKey;

class NoticeServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");
    private static final SchoolKey SCHOOL = SchoolKey.flemishInstitution("031856");

    private static Notice notice(String id, NoticeSeverity severity, Instant from, Optional<SchoolKey> school) {
        return new Notice(id, NoticeKind.PRODUCT_UPDATE, severity, LocalizedText.of("Titel " + id, "Title " + id),
                LocalizedText.of("Tekst", "Text"), from, Optional.of(NOW.plusSeconds(60)), school);
    }

    /** A source that counts its calls and answers a fixed list. */
    private static final class ListSource implements NoticeSource {
        private final String id;
        private final List<Notice> notices;
        final AtomicInteger calls = new AtomicInteger();

        ListSource(String id, List<Notice> notices) {
            this.id = id;
            this.notices = notices;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<Notice> notices(NoticeQuery query) {
            calls.incrementAndGet();
            return notices;
        }
    }

    @Test
    void ordersBySeverityThenNewestAndDropsDuplicatesForeignSchoolsAndInactive() {
        Notice oldInfo = notice("old-info", NoticeSeverity.INFO, NOW.minusSeconds(100), Optional.empty());
        Notice newInfo = notice("new-info", NoticeSeverity.INFO, NOW.minusSeconds(10), Optional.empty());
        Notice critical = notice("critical", NoticeSeverity.CRITICAL, NOW.minusSeconds(500), Optional.of(SCHOOL));
        Notice foreign = notice("foreign", NoticeSeverity.CRITICAL, NOW.minusSeconds(5),
                Optional.of(SchoolKey.flemishInstitution("999999")));
        Notice future = notice("future", NoticeSeverity.CRITICAL, NOW.plusSeconds(5), Optional.empty());
        NoticeService service = new NoticeService(Set.of(new ListSource("a", List.of(oldInfo, newInfo, foreign, future)),
                new ListSource("b", List.of(critical, newInfo))), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(service.forSchool(SCHOOL)).containsExactly(critical, newInfo, oldInfo);
        assertThat(service.forLoginPage(Optional.empty())).containsExactly(newInfo, oldInfo);
    }

    @Test
    void aFailingSourceIsSkipped() {
        Notice ok = notice("ok", NoticeSeverity.INFO, NOW.minusSeconds(1), Optional.empty());
        NoticeSource broken = new NoticeSource() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Notice> notices(NoticeQuery query) {
                throw new IllegalStateException("database down");
            }
        };
        NoticeService service = new NoticeService(Set.of(broken, new ListSource("ok", List.of(ok))),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(service.forLoginPage(Optional.empty())).containsExactly(ok);
    }

    @Test
    void cachesPerAudienceUntilTheTtlOrAnInvalidate() {
        ListSource source = new ListSource("s", List.of(notice("n", NoticeSeverity.INFO, NOW.minusSeconds(1), Optional.empty())));
        Instant[] now = {NOW};
        Clock clock = new Clock() {
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
                return now[0];
            }
        };
        NoticeService service = new NoticeService(Set.of(source), clock, Duration.ofSeconds(30));

        service.forLoginPage(Optional.empty());
        service.forLoginPage(Optional.empty());
        assertThat(source.calls).hasValue(1);
        service.forSchool(SCHOOL);
        assertThat(source.calls).as("another audience").hasValue(2);
        now[0] = NOW.plusSeconds(31);
        service.forLoginPage(Optional.empty());
        assertThat(source.calls).as("after the ttl").hasValue(3);
        service.invalidate();
        service.forLoginPage(Optional.empty());
        assertThat(source.calls).as("after invalidate").hasValue(4);
        now[0] = NOW.plusSeconds(61);
        assertThat(service.forLoginPage(Optional.empty())).as("a cached notice that ended is not shown").isEmpty();
    }

    @Test
    void localizedTextPicksEnglishOnlyForEnglish() {
        LocalizedText text = LocalizedText.of("Licentie verlopen", "Licence expired");
        assertThat(text.in(java.util.Locale.ENGLISH)).isEqualTo("Licence expired");
        assertThat(text.in(java.util.Locale.forLanguageTag("nl-BE"))).isEqualTo("Licentie verlopen");
        assertThat(text.in(java.util.Locale.FRENCH)).isEqualTo("Licentie verlopen");
    }
}
