package nl.schoolsupport.poortwachter.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.school.SchoolKey;

class SchoolLicenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final LocalDate END = LocalDate.of(2026, 7, 31);

    private static SchoolLicence licence(LicenceStatus status, LocalDate until, boolean autoRenewal) {
        return new SchoolLicence(SchoolKey.flemishInstitution("031856"), "VBS De Regenboog", "BAREKA", "Bareka", status, until,
                autoRenewal, Optional.of(until.plusDays(1)), Optional.empty(), Instant.now());
    }

    @Test
    void statusTextForTheTeacherHomePage() {
        assertThat(licence(LicenceStatus.ACTIVE, END, true).statusText(Locale.forLanguageTag("nl-BE"), TODAY))
                .isEqualTo("Actief tot en met 31 juli 2026; wordt automatisch verlengd (opzeggen vóór 1 augustus 2026)");
        assertThat(licence(LicenceStatus.ACTIVE, END, true).statusText(Locale.ENGLISH, TODAY))
                .isEqualTo("Active until 31 July 2026; renews automatically (cancel before 1 August 2026)");
        assertThat(licence(LicenceStatus.ACTIVE, END, false).statusText(null, TODAY))
                .isEqualTo("Actief tot en met 31 juli 2026; wordt niet automatisch verlengd");
        assertThat(licence(LicenceStatus.TRIAL, END, false).statusText(null, TODAY)).startsWith("Proeflicentie tot en met");
        assertThat(licence(LicenceStatus.CANCELLED, END, true).statusText(null, TODAY))
                .isEqualTo("Opgezegd; te gebruiken tot en met 31 juli 2026");
        assertThat(licence(LicenceStatus.ACTIVE, TODAY.minusDays(1), true).statusText(null, TODAY))
                .isEqualTo("Verlopen op 9 juni 2026");
        assertThat(licence(LicenceStatus.EXPIRED, END, true).statusText(Locale.ENGLISH, TODAY)).isEqualTo("Expired on 31 July 2026");
    }
}
