package nl.schoolsupport.poortwachter.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

class SyncScheduleTest {

    @Test
    void nextRunIsTwoOClockAmsterdamTimeInWinterAndSummer() {
        assertThat(SyncSchedule.DEFAULT.nextAfter(Instant.parse("2025-01-15T12:00:00Z")))
                .isEqualTo(Instant.parse("2025-01-16T01:00:00Z"));
        assertThat(SyncSchedule.DEFAULT.nextAfter(Instant.parse("2025-07-15T00:30:00Z")))
                .isEqualTo(Instant.parse("2025-07-16T00:00:00Z"));
        assertThat(SyncSchedule.DEFAULT.nextAfter(Instant.parse("2025-07-14T23:59:00Z")))
                .isEqualTo(Instant.parse("2025-07-15T00:00:00Z"));
    }

    @Test
    void twoOClockOnTheNightTheClocksGoForwardBecomesThreeOClock() {
        // 30 March 2025: 02:00 does not exist in Amsterdam; the run starts at 03:00 CEST = 01:00 UTC
        assertThat(SyncSchedule.DEFAULT.nextAfter(Instant.parse("2025-03-29T12:00:00Z")))
                .isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
    }

    @Test
    void parsesConfigurationAndNamesTheKeyOnErrors() {
        assertThat(SyncSchedule.parse("basispoort.sync-time", "03:30", "basispoort.sync-zone", "UTC"))
                .isEqualTo(new SyncSchedule(LocalTime.of(3, 30), ZoneId.of("UTC")));
        assertThat(SyncSchedule.parse("t", null, "z", " ")).isEqualTo(SyncSchedule.DEFAULT);
        assertThatThrownBy(() -> SyncSchedule.parse("basispoort.sync-time", "2 uur", "z", null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("basispoort.sync-time");
        assertThatThrownBy(() -> SyncSchedule.parse("t", null, "basispoort.sync-zone", "Mars/Olympus"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("basispoort.sync-zone");
    }
}
