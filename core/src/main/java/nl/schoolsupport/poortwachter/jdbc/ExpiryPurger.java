package nl.schoolsupport.poortwachter.jdbc;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Deletes expired rows of a table with an {@code expires_at} column, at most once per interval. */
final class ExpiryPurger {

    private static final Duration INTERVAL = Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;
    private final String table;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    ExpiryPurger(Database db, Clock clock, String table) {
        this.db = db;
        this.clock = clock;
        this.table = table;
    }

    void maybePurge() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (now.isBefore(last.plus(INTERVAL)) || !lastPurge.compareAndSet(last, now) || db.inTransaction()) {
            return;
        }
        db.run("purge " + table, c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where expires_at <= ?")) {
                Sql.setInstant(ps, 1, now);
                return ps.executeUpdate();
            }
        });
    }
}
