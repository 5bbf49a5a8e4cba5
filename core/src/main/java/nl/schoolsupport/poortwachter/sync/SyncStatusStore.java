package nl.schoolsupport.poortwachter.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.Sql;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * The sync's own tables on {@link Database}: per-school status, permission state, runs, the feed checkpoint
 * and the run lease. Every method joins the caller's transaction if there is one (see {@link Database#run}).
 */
public final class SyncStatusStore {

    static final int MAX_ERROR_LENGTH = 1000;

    private static final String STATUS_COLUMNS = "source, source_school_id, school_key, school_name, permission, "
            + "permission_granted_on, permission_withdrawn_on, last_attempt_at, last_success_at, pupils, staff, group_count, "
            + "departed, skipped, last_error_code, last_error";

    private final Database db;

    @Inject
    public SyncStatusStore(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    // ---------------------------------------------------------------- lease and feed checkpoint

    /**
     * Takes the run lease of {@code source} for {@code holder} until {@code until}, if it is free or expired.
     *
     * @return empty if taken, else when the current holder's lease ends
     */
    public Optional<Instant> acquireLease(String source, String holder, Instant now, Instant until) {
        return db.run("acquire sync lease", c -> {
            ensureState(c, source);
            try (PreparedStatement ps = c.prepareStatement("update pw_sync_state set lease_holder = ?, lease_until = ? "
                    + "where source = ? and (lease_holder is null or lease_until < ? or lease_holder = ?)")) {
                ps.setString(1, holder);
                Sql.setInstant(ps, 2, until);
                ps.setString(3, source);
                Sql.setInstant(ps, 4, now);
                ps.setString(5, holder);
                if (ps.executeUpdate() == 1) {
                    return Optional.<Instant>empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select lease_until from pw_sync_state where source = ?")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Optional.of(Sql.getInstant(rs, "lease_until"));
                }
            }
        });
    }

    /** Extends the lease; false if another holder took it over (this run was presumed dead). */
    public boolean renewLease(String source, String holder, Instant until) {
        return db.run("renew sync lease", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update pw_sync_state set lease_until = ? where source = ? and lease_holder = ?")) {
                Sql.setInstant(ps, 1, until);
                ps.setString(2, source);
                ps.setString(3, holder);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public void releaseLease(String source, String holder) {
        db.run("release sync lease", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update pw_sync_state set lease_holder = null, lease_until = null where source = ? and lease_holder = ?")) {
                ps.setString(1, source);
                ps.setString(2, holder);
                return ps.executeUpdate();
            }
        });
    }

    /** The date the permission feeds were last read completely, in the sync zone. */
    public Optional<LocalDate> feedsCheckedOn(String source) {
        return db.run("read feed checkpoint", c -> {
            try (PreparedStatement ps = c.prepareStatement("select feeds_checked_on from pw_sync_state where source = ?")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getObject(1, LocalDate.class)) : Optional.<LocalDate>empty();
                }
            }
        });
    }

    public void feedsChecked(String source, LocalDate on) {
        db.run("write feed checkpoint", c -> {
            ensureState(c, source);
            try (PreparedStatement ps = c.prepareStatement("update pw_sync_state set feeds_checked_on = ? where source = ?")) {
                ps.setObject(1, on);
                ps.setString(2, source);
                return ps.executeUpdate();
            }
        });
    }

    private static void ensureState(Connection c, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pw_sync_state where source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into pw_sync_state (source) values (?)")) {
            ps.setString(1, source);
            Sql.insertUnlessDuplicate(c, ps);
        }
    }

    // ---------------------------------------------------------------- permissions

    /**
     * Applies the permission feeds. Only real changes are written (a school already granted stays as it is), so
     * re-reading overlapping feeds changes nothing.
     *
     * @return the ids whose state changed to granted, and to withdrawn
     */
    public PermissionChanges applyPermissions(String source, Set<String> granted, Set<String> withdrawn, LocalDate today,
            Instant now) {
        return db.run("apply permission feeds", c -> {
            Set<String> newlyGranted = new TreeSet<>();
            Set<String> newlyWithdrawn = new TreeSet<>();
            for (String id : new TreeSet<>(granted)) {
                if (setPermission(c, source, id, PermissionState.GRANTED, today, now)) {
                    newlyGranted.add(id);
                }
            }
            for (String id : new TreeSet<>(withdrawn)) {
                if (setPermission(c, source, id, PermissionState.WITHDRAWN, today, now)) {
                    newlyWithdrawn.add(id);
                }
            }
            return new PermissionChanges(newlyGranted, newlyWithdrawn);
        });
    }

    private static boolean setPermission(Connection c, String source, String id, PermissionState state, LocalDate today,
            Instant now) throws SQLException {
        Optional<PermissionState> current = Optional.empty();
        try (PreparedStatement ps = c.prepareStatement(
                "select permission from pw_sync_school where source = ? and source_school_id = ?")) {
            ps.setString(1, source);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    current = Optional.of(PermissionState.valueOf(rs.getString(1)));
                }
            }
        }
        if (current.isPresent() && current.get() == state) {
            return false;
        }
        String dateColumn = state == PermissionState.GRANTED ? "permission_granted_on" : "permission_withdrawn_on";
        if (current.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("update pw_sync_school set permission = ?, " + dateColumn
                    + " = ?, updated_at = ? where source = ? and source_school_id = ?")) {
                ps.setString(1, state.name());
                ps.setObject(2, today);
                Sql.setInstant(ps, 3, now);
                ps.setString(4, source);
                ps.setString(5, id);
                ps.executeUpdate();
            }
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into pw_sync_school (source, source_school_id, permission, "
                + dateColumn + ", pupils, staff, group_count, departed, skipped, updated_at) values (?,?,?,?,0,0,0,0,0,?)")) {
            ps.setString(1, source);
            ps.setString(2, id);
            ps.setString(3, state.name());
            ps.setObject(4, today);
            Sql.setInstant(ps, 5, now);
            return Sql.insertUnlessDuplicate(c, ps);
        }
    }

    /** Records a school's key and name as the directory describes it (before or during an import). */
    public void describe(String source, String sourceSchoolId, SchoolKey key, String name, Instant now) {
        db.run("describe synced school", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_sync_school set school_key = ?, school_name = ?, "
                    + "updated_at = ? where source = ? and source_school_id = ? and (school_key is null or school_key <> ? "
                    + "or school_name is null or school_name <> ?)")) {
                ps.setString(1, key.asText());
                ps.setString(2, name);
                Sql.setInstant(ps, 3, now);
                ps.setString(4, source);
                ps.setString(5, sourceSchoolId);
                ps.setString(6, key.asText());
                ps.setString(7, name);
                return ps.executeUpdate();
            }
        });
    }

    // ---------------------------------------------------------------- outcomes

    /** The checkpoint: written in the import's own transaction, so data and checkpoint commit together. */
    void recordSuccess(String source, String sourceSchoolId, String runId, Instant at, SyncCounts counts) {
        db.run("record sync success", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_sync_school set last_attempt_at = ?, last_success_at = ?, "
                    + "last_run_id = ?, last_success_run_id = ?, pupils = ?, staff = ?, group_count = ?, departed = ?, "
                    + "skipped = ?, last_error_code = null, last_error = null, updated_at = ? "
                    + "where source = ? and source_school_id = ?")) {
                Sql.setInstant(ps, 1, at);
                Sql.setInstant(ps, 2, at);
                ps.setString(3, runId);
                ps.setString(4, runId);
                ps.setInt(5, counts.pupils());
                ps.setInt(6, counts.staff());
                ps.setInt(7, counts.groups());
                ps.setInt(8, counts.departed());
                ps.setInt(9, counts.skipped());
                Sql.setInstant(ps, 10, at);
                ps.setString(11, source);
                ps.setString(12, sourceSchoolId);
                return ps.executeUpdate();
            }
        });
    }

    /** A failed attempt: the data of the last success stays, the error is shown next to it. */
    public void recordFailure(String source, String sourceSchoolId, String runId, Instant at, String errorCode, String message) {
        db.run("record sync failure", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_sync_school set last_attempt_at = ?, last_run_id = ?, "
                    + "last_error_code = ?, last_error = ?, updated_at = ? where source = ? and source_school_id = ?")) {
                Sql.setInstant(ps, 1, at);
                ps.setString(2, runId);
                ps.setString(3, errorCode);
                ps.setString(4, clip(message));
                Sql.setInstant(ps, 5, at);
                ps.setString(6, source);
                ps.setString(7, sourceSchoolId);
                return ps.executeUpdate();
            }
        });
    }

    /** A listener failed after a committed import: keep the success, show the error. */
    public void recordWarning(String source, String sourceSchoolId, Instant at, String errorCode, String message) {
        db.run("record sync warning", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_sync_school set last_error_code = ?, last_error = ?, "
                    + "updated_at = ? where source = ? and source_school_id = ?")) {
                ps.setString(1, errorCode);
                ps.setString(2, clip(message));
                Sql.setInstant(ps, 3, at);
                ps.setString(4, source);
                ps.setString(5, sourceSchoolId);
                return ps.executeUpdate();
            }
        });
    }

    static String clip(String message) {
        String text = message == null ? "" : message;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    // ---------------------------------------------------------------- reading status

    public List<SchoolSyncStatus> statuses(String source) {
        return db.run("list sync status", c -> queryStatus(c, "select " + STATUS_COLUMNS
                + " from pw_sync_school where source = ? order by school_name, school_key, source_school_id", source));
    }

    public Optional<SchoolSyncStatus> status(String source, String sourceSchoolId) {
        return db.run("read sync status", c -> queryStatus(c, "select " + STATUS_COLUMNS
                + " from pw_sync_school where source = ? and source_school_id = ?", source, sourceSchoolId).stream().findFirst());
    }

    /**
     * Status rows of a school by key; a BRIN4 key matches the school's vestigingen (BRIN6 keys starting with it),
     * a BRIN6 key that matches nothing falls back to its BRIN4 when exactly one school carries that.
     */
    public List<SchoolSyncStatus> statusesOf(String source, SchoolKey key) {
        return db.run("read sync status by school", c -> {
            List<SchoolSyncStatus> exact = queryStatus(c, "select " + STATUS_COLUMNS
                    + " from pw_sync_school where source = ? and school_key = ? order by source_school_id", source, key.asText());
            if (!exact.isEmpty() || key.brin4().isEmpty()) {
                return exact;
            }
            List<SchoolSyncStatus> sameBrin4 = queryStatus(c, "select " + STATUS_COLUMNS + " from pw_sync_school where source = ? "
                    + "and school_key like ? order by source_school_id", source, "BRIN:" + key.brin4().get() + "%");
            if (key.value().length() == 4) {
                return sameBrin4;
            }
            return sameBrin4.stream().map(s -> s.school().orElseThrow()).distinct().count() == 1 ? sameBrin4 : List.of();
        });
    }

    /** Schools whose permission is granted: the nightly worklist. */
    public List<SchoolSyncStatus> permitted(String source) {
        return db.run("list permitted schools", c -> queryStatus(c, "select " + STATUS_COLUMNS
                + " from pw_sync_school where source = ? and permission = 'GRANTED' order by source_school_id", source));
    }

    /** Ids of schools that a run already finished (the checkpoint of a resumed run). */
    public Set<String> finishedIn(String source, String runId) {
        return db.run("read run checkpoints", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select source_school_id from pw_sync_school where source = ? and last_success_run_id = ?")) {
                ps.setString(1, source);
                ps.setString(2, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    Set<String> ids = new TreeSet<>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    return ids;
                }
            }
        });
    }

    /**
     * Whether logins of {@code source}'s realm are blocked at a school: it withdrew permission, and no other
     * directory record of the same school (a second institution id with the same BRIN6) still grants it.
     */
    public boolean blocked(String source, SchoolKey school) {
        return db.run("check sync permission", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select permission from pw_sync_school where source = ? and school_key = ?")) {
                ps.setString(1, source);
                ps.setString(2, school.asText());
                try (ResultSet rs = ps.executeQuery()) {
                    boolean withdrawn = false;
                    while (rs.next()) {
                        if (PermissionState.valueOf(rs.getString(1)) == PermissionState.GRANTED) {
                            return false;
                        }
                        withdrawn = true;
                    }
                    return withdrawn;
                }
            }
        });
    }

    private static List<SchoolSyncStatus> queryStatus(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<SchoolSyncStatus> result = new ArrayList<>();
                while (rs.next()) {
                    String key = rs.getString("school_key");
                    result.add(new SchoolSyncStatus(
                            rs.getString("source"),
                            rs.getString("source_school_id"),
                            key == null ? Optional.empty() : Optional.of(SchoolKey.parse(key)),
                            Optional.ofNullable(rs.getString("school_name")),
                            PermissionState.valueOf(rs.getString("permission")),
                            Optional.ofNullable(rs.getObject("permission_granted_on", LocalDate.class)),
                            Optional.ofNullable(rs.getObject("permission_withdrawn_on", LocalDate.class)),
                            Optional.ofNullable(Sql.getInstant(rs, "last_attempt_at")),
                            Optional.ofNullable(Sql.getInstant(rs, "last_success_at")),
                            new SyncCounts(rs.getInt("pupils"), rs.getInt("staff"), rs.getInt("group_count"),
                                    rs.getInt("departed"), rs.getInt("skipped")),
                            Optional.ofNullable(rs.getString("last_error_code")),
                            Optional.ofNullable(rs.getString("last_error"))));
                }
                return result;
            }
        }
    }

    // ---------------------------------------------------------------- runs

    /** An unfinished run of the source with the same scope, newest first: a crashed run to resume. */
    public Optional<RunRecord> unfinishedRun(String source, String scope) {
        return db.run("find unfinished run", c -> {
            try (PreparedStatement ps = c.prepareStatement("select run_id, scope, started_at from pw_sync_run "
                    + "where source = ? and scope = ? and finished_at is null order by started_at desc")) {
                ps.setString(1, source);
                ps.setString(2, scope);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new RunRecord(rs.getString("run_id"), rs.getString("scope"),
                            Sql.getInstant(rs, "started_at"))) : Optional.<RunRecord>empty();
                }
            }
        });
    }

    public void startRun(String runId, String source, String scope, Instant at) {
        db.run("start run", c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into pw_sync_run (run_id, source, scope, started_at, "
                    + "schools_ok, schools_failed) values (?,?,?,?,0,0)")) {
                ps.setString(1, runId);
                ps.setString(2, source);
                ps.setString(3, scope);
                Sql.setInstant(ps, 4, at);
                return ps.executeUpdate();
            }
        });
    }

    public void finishRun(String runId, String outcome, int ok, int failed, Instant at) {
        db.run("finish run", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_sync_run set finished_at = ?, outcome = ?, "
                    + "schools_ok = ?, schools_failed = ? where run_id = ?")) {
                Sql.setInstant(ps, 1, at);
                ps.setString(2, outcome);
                ps.setInt(3, ok);
                ps.setInt(4, failed);
                ps.setString(5, runId);
                return ps.executeUpdate();
            }
        });
    }

    /** The most recent finished runs, newest first, for the support page. */
    public List<RunRecord> recentRuns(String source, int limit) {
        return db.run("list runs", c -> {
            try (PreparedStatement ps = c.prepareStatement("select run_id, scope, started_at from pw_sync_run where source = ? "
                    + "order by started_at desc")) {
                ps.setString(1, source);
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<RunRecord> runs = new ArrayList<>();
                    while (rs.next()) {
                        runs.add(new RunRecord(rs.getString("run_id"), rs.getString("scope"), Sql.getInstant(rs, "started_at")));
                    }
                    return runs;
                }
            }
        });
    }

    /** A run as stored. */
    public record RunRecord(String runId, String scope, Instant startedAt) {
    }
}
