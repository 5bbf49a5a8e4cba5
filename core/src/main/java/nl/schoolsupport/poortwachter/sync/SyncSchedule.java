package nl.schoolsupport.poortwachter.sync;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/** When the nightly run starts: a local time in a zone (default 02:00 Europe/Amsterdam), daylight saving included. */
public record SyncSchedule(LocalTime time, ZoneId zone) {

    public static final SyncSchedule DEFAULT = new SyncSchedule(LocalTime.of(2, 0), ZoneId.of("Europe/Amsterdam"));

    public SyncSchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Parses configuration text; errors name the key.
     *
     * @param timeKey  the key of the time (e.g. {@code basispoort.sync-time}), value {@code HH:mm}; null or blank for 02:00
     * @param zoneKey  the key of the zone (e.g. {@code basispoort.sync-zone}), an IANA zone id; null or blank for
     *                 Europe/Amsterdam
     */
    public static SyncSchedule parse(String timeKey, String timeText, String zoneKey, String zoneText) {
        LocalTime time = DEFAULT.time();
        ZoneId zone = DEFAULT.zone();
        if (timeText != null && !timeText.isBlank()) {
            try {
                time = LocalTime.parse(timeText.strip());
            } catch (DateTimeParseException e) {
                throw new ConfigurationException(timeKey, "expected a time like 02:00, got '" + timeText + "'");
            }
        }
        if (zoneText != null && !zoneText.isBlank()) {
            try {
                zone = ZoneId.of(zoneText.strip());
            } catch (DateTimeException e) {
                throw new ConfigurationException(zoneKey, "expected a zone id like Europe/Amsterdam, got '" + zoneText + "'");
            }
        }
        return new SyncSchedule(time, zone);
    }

    /** The first start strictly after {@code now}; on a day where the time does not exist (DST), the shifted time. */
    public Instant nextAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().atTime(time).atZone(zone);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = local.toLocalDate().plusDays(1).atTime(time).atZone(zone);
        }
        return candidate.toInstant();
    }

    public Duration delayAfter(Instant now) {
        return Duration.between(now, nextAfter(now));
    }
}
