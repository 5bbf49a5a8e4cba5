package nl.schoolsupport.poortwachter.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.schoolsupport.poortwachter.school.SchoolKey;

class NoticeFileTest {

    @TempDir
    Path dir;

    @Test
    void readsAllFieldsWithDefaultsAndDottedIds() throws Exception {
        Path file = dir.resolve("notices.properties");
        Files.writeString(file, """
                # product updates for the autumn
                2026.09.new-tests.title.nl=Nieuwe toetsen voor groep 3 – ‘fase 4’
                2026.09.new-tests.title.en=New tests
                2026.09.new-tests.body.nl=Vanaf vandaag staan er nieuwe toetsen klaar.
                2026.09.new-tests.valid-from=2026-09-01
                2026.09.new-tests.valid-until=2026-10-01T06:00:00Z
                onderhoud.title.nl=Onderhoud
                onderhoud.body.nl=Zaterdag van 8 tot 10 uur is het product niet bereikbaar.
                onderhoud.valid-from=2026-09-05T06:00:00Z
                onderhoud.kind=service
                onderhoud.severity=warning
                onderhoud.school=FLEMISH_INSTITUTION:031856
                """, StandardCharsets.UTF_8);

        List<Notice> notices = NoticeFile.read(file);

        assertThat(notices).hasSize(2);
        Notice update = notices.get(0);
        assertThat(update.id()).isEqualTo("2026.09.new-tests");
        assertThat(update.kind()).isEqualTo(NoticeKind.PRODUCT_UPDATE);
        assertThat(update.severity()).isEqualTo(NoticeSeverity.INFO);
        assertThat(update.title().nl()).isEqualTo("Nieuwe toetsen voor groep 3 – ‘fase 4’");
        assertThat(update.body().en()).as("English falls back to Dutch").isEqualTo(update.body().nl());
        assertThat(update.validFrom()).isEqualTo(Instant.parse("2026-08-31T22:00:00Z"));
        assertThat(update.validUntil()).contains(Instant.parse("2026-10-01T06:00:00Z"));
        Notice maintenance = notices.get(1);
        assertThat(maintenance.kind()).isEqualTo(NoticeKind.SERVICE);
        assertThat(maintenance.severity()).isEqualTo(NoticeSeverity.WARNING);
        assertThat(maintenance.school()).isEqualTo(Optional.of(SchoolKey.flemishInstitution("031856")));
    }

    @Test
    void reportsEveryProblemWithItsKey() {
        String text = """
                a.title.nl=A
                a.body.nl=A
                a.valid-from=1 september
                b.body.nl=B
                b.valid-from=2026-09-01
                c.title.nl=C
                c.body.nl=C
                c.valid-from=2026-09-01
                c.valid-until=2026-08-01
                d.title.nl=D
                d.body.nl=D
                d.valid-from=2026-09-01
                d.severity=urgent
                e.colour=red
                """;
        assertThatThrownBy(() -> NoticeFile.parse(new StringReader(text), "autumn.properties"))
                .isInstanceOf(NoticeException.class)
                .hasMessageContaining("PW-NOTICE-004")
                .hasMessageContaining("autumn.properties")
                .hasMessageContaining("5 problem(s)")
                .hasMessageContaining("a: valid-from: expected a date like 2026-09-01")
                .hasMessageContaining("b: missing title.nl")
                .hasMessageContaining("c: notice c: valid-until")
                .hasMessageContaining("d: severity: expected one of [INFO, WARNING, CRITICAL], got 'urgent'")
                .hasMessageContaining("e.colour: unknown key");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.properties");
        Files.write(file, "x.title.nl=Caf\u00e9\nx.body.nl=b\nx.valid-from=2026-09-01\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> NoticeFile.read(file)).isInstanceOf(NoticeException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refusesAnOversizedFileUnread() throws Exception {
        Path file = dir.resolve("huge.properties");
        Files.write(file, new byte[(int) NoticeFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> NoticeFile.read(file)).isInstanceOf(NoticeException.class)
                .hasMessageContaining("at most " + NoticeFile.MAX_BYTES);
    }
}
