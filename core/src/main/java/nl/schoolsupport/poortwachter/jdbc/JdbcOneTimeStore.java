package nl.schoolsupport.poortwachter.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.error.InvalidInputException;
import nl.schoolsupport.poortwachter.replay.OneTimeStore;

/**
 * {@link OneTimeStore} in the shared database. {@link #take} deletes the row and only a successful delete
 * returns the value, so two nodes racing for the same key cannot both win.
 */
public final class JdbcOneTimeStore implements OneTimeStore {

    private static final int MAX_PAYLOAD = 4000;

    private final Database db;
    private final Clock clock;
    private final ExpiryPurger purger;

    @Inject
    public JdbcOneTimeStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
        this.purger = new ExpiryPurger(db, clock, "pw_one_time");
    }

    @Override
    public void put(String purpose, String key, String value, Instant expiresAt) {
        if (value.length() > MAX_PAYLOAD) {
            throw new InvalidInputException("one-time value: expected at most " + MAX_PAYLOAD + " characters, got "
                    + value.length());
        }
        purger.maybePurge();
        db.run("store one-time value", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into pw_one_time (purpose, token, payload, expires_at) values (?,?,?,?)")) {
                ps.setString(1, purpose);
                ps.setString(2, key);
                ps.setString(3, value);
                Sql.setInstant(ps, 4, expiresAt);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String> take(String purpose, String key) {
        if (key == null || key.isEmpty() || key.length() > 128) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return db.run("take one-time value", c -> {
            String payload;
            Instant expiresAt;
            try (PreparedStatement select = c.prepareStatement(
                    "select payload, expires_at from pw_one_time where purpose = ? and token = ?")) {
                select.setString(1, purpose);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<String>empty();
                    }
                    payload = rs.getString(1);
                    expiresAt = Sql.getInstant(rs, "expires_at");
                }
            }
            try (PreparedStatement delete = c.prepareStatement("delete from pw_one_time where purpose = ? and token = ?")) {
                delete.setString(1, purpose);
                delete.setString(2, key);
                if (delete.executeUpdate() != 1) {
                    return Optional.<String>empty(); // another node took it first
                }
            }
            return expiresAt.isAfter(now) ? Optional.of(payload) : Optional.<String>empty();
        });
    }
}
