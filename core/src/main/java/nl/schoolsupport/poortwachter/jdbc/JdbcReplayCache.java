package nl.schoolsupport.poortwachter.jdbc;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.replay.ReplayCache;

/**
 * {@link ReplayCache} in the shared database: the primary key (namespace, id) makes "first use" atomic
 * across nodes. Expired rows are purged in passing, at most once a minute.
 */
public final class JdbcReplayCache implements ReplayCache {

    private final Database db;
    private final Clock clock;
    private final ExpiryPurger purger;

    @Inject
    public JdbcReplayCache(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
        this.purger = new ExpiryPurger(db, clock, "pw_replay");
    }

    @Override
    public boolean firstUse(String namespace, String id, Instant expiresAt) {
        purger.maybePurge();
        Instant now = clock.instant();
        return db.run("replay check", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into pw_replay (namespace, item_id, expires_at) values (?,?,?)")) {
                insert.setString(1, namespace);
                insert.setString(2, id);
                Sql.setInstant(insert, 3, expiresAt);
                if (Sql.insertUnlessDuplicate(c, insert)) {
                    return true;
                }
            }
            // seen before: only a row that has expired (and was not purged yet) may be reused
            try (PreparedStatement reuse = c.prepareStatement(
                    "update pw_replay set expires_at = ? where namespace = ? and item_id = ? and expires_at <= ?")) {
                Sql.setInstant(reuse, 1, expiresAt);
                reuse.setString(2, namespace);
                reuse.setString(3, id);
                Sql.setInstant(reuse, 4, now);
                return reuse.executeUpdate() == 1;
            }
        });
    }
}
