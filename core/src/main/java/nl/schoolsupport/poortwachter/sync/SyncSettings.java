package nl.schoolsupport.poortwachter.sync;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Tuning of {@link SyncJob}.
 *
 * @param zone          the zone whose calendar dates the permission feeds use (Basispoort: Europe/Amsterdam)
 * @param initialSince  the date the very first run asks the permission feeds for
 * @param feedOverlap   days re-read before the last successful feed read, so a grant at the edge of a run is
 *                      never missed; re-reading is harmless because applying the feeds is idempotent
 * @param resumeWindow  an unfinished run younger than this is resumed (its finished schools skipped); an older
 *                      one is closed and a fresh run starts
 * @param lease         how long a run may go without progress before another run may take over
 * @param workers       schools synchronised at the same time (each in its own transaction)
 */
public record SyncSettings(ZoneId zone, LocalDate initialSince, int feedOverlap, Duration resumeWindow, Duration lease,
        int workers) {

    public static final SyncSettings DEFAULTS = new SyncSettings(ZoneId.of("Europe/Amsterdam"), LocalDate.of(2013, 8, 1), 1,
            Duration.ofHours(12), Duration.ofMinutes(15), 2);

    public SyncSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(initialSince, "initialSince");
        if (feedOverlap < 0 || feedOverlap > 31) {
            throw new ConfigurationException("sync.feed-overlap-days", "expected 0..31, got " + feedOverlap);
        }
        Objects.requireNonNull(resumeWindow, "resumeWindow");
        if (lease == null || lease.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new ConfigurationException("sync.lease", "expected at least PT5S, got " + lease);
        }
        if (workers < 1 || workers > 16) {
            throw new ConfigurationException("sync.workers", "expected 1..16, got " + workers);
        }
    }

    public SyncSettings withWorkers(int count) {
        return new SyncSettings(zone, initialSince, feedOverlap, resumeWindow, lease, count);
    }

    public SyncSettings withZone(ZoneId newZone) {
        return new SyncSettings(newZone, initialSince, feedOverlap, resumeWindow, lease, workers);
    }
}
