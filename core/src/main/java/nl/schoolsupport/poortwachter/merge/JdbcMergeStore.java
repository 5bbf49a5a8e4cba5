package nl.schoolsupport.poortwachter.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.Sql;
import nl.schoolsupport.poortwachter.merge.matching.MatchRule;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/** {@link MergeStore} on the shared JDBC {@link Database}; identical on H2 and PostgreSQL. */
public final class JdbcMergeStore implements MergeStore {

    private static final String COLUMNS = "merge_id, school_key, role, absorbed_id, survivor_id, rule, score, actor_account, "
            + "actor_label, reason, merged_at, undone_at, undo_actor_account, undo_actor_label, undo_reason";

    private final Database db;

    @Inject
    public JdbcMergeStore(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void insert(MergeRecord r, Map<String, String> participantMemos) {
        db.run("record merge", c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into pw_merge (" + COLUMNS
                    + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, r.id().toString());
                ps.setString(2, r.school().asText());
                ps.setString(3, r.role().name());
                ps.setString(4, r.absorbed().toString());
                ps.setString(5, r.survivor().toString());
                ps.setString(6, r.rule().name());
                if (r.score().isPresent()) {
                    ps.setDouble(7, r.score().getAsDouble());
                } else {
                    ps.setNull(7, Types.DOUBLE);
                }
                ps.setString(8, r.by().account().map(AccountId::toString).orElse(null));
                ps.setString(9, r.by().label());
                ps.setString(10, r.reason());
                Sql.setInstant(ps, 11, r.mergedAt());
                Sql.setInstant(ps, 12, null);
                ps.setString(13, null);
                ps.setString(14, null);
                ps.setString(15, null);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into pw_merge_identity (merge_id, realm_id, subject) values (?,?,?)")) {
                for (MergeRecord.MovedIdentity i : r.identities()) {
                    ps.setString(1, r.id().toString());
                    ps.setString(2, i.realmId());
                    ps.setString(3, i.subject());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into pw_merge_participant (merge_id, participant_id, position, memo) values (?,?,?,?)")) {
                int position = 0;
                for (String participant : r.participants()) {
                    ps.setString(1, r.id().toString());
                    ps.setString(2, participant);
                    ps.setInt(3, position++);
                    ps.setString(4, participantMemos.getOrDefault(participant, ""));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<MergeRecord> find(MergeId id) {
        return db.run("find merge", c -> {
            List<MergeRecord> found = query(c, "select " + COLUMNS + " from pw_merge where merge_id = ?", id.toString());
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public Map<String, String> participantMemos(MergeId id) {
        return db.run("read merge memos", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select participant_id, memo from pw_merge_participant where merge_id = ? order by position")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, String> memos = new LinkedHashMap<>();
                    while (rs.next()) {
                        memos.put(rs.getString(1), rs.getString(2));
                    }
                    return memos;
                }
            }
        });
    }

    @Override
    public List<MergeRecord> ofSchool(SchoolKey school) {
        return db.run("list merges", c -> query(c, "select " + COLUMNS
                + " from pw_merge where school_key = ? order by merged_at desc, merge_id", school.asText()));
    }

    @Override
    public boolean markUndone(MergeId id, MergeRecord.Undo undo) {
        return db.run("record undo", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_merge set undone_at = ?, undo_actor_account = ?, "
                    + "undo_actor_label = ?, undo_reason = ? where merge_id = ? and undone_at is null")) {
                Sql.setInstant(ps, 1, undo.at());
                ps.setString(2, undo.by().account().map(AccountId::toString).orElse(null));
                ps.setString(3, undo.by().label());
                ps.setString(4, undo.reason());
                ps.setString(5, id.toString());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Map<AccountId, List<IdentityFacts>> identitiesOfSchool(SchoolKey school) {
        return db.run("list identities of school", c -> {
            try (PreparedStatement ps = c.prepareStatement("select i.account_id, i.realm_id, i.subject, i.eck_lookup "
                    + "from pw_identity i join pw_account a on a.account_id = i.account_id where a.school_key = ? "
                    + "order by i.account_id, i.realm_id, i.subject")) {
                ps.setString(1, school.asText());
                try (ResultSet rs = ps.executeQuery()) {
                    Map<AccountId, List<IdentityFacts>> result = new HashMap<>();
                    while (rs.next()) {
                        result.computeIfAbsent(AccountId.parse(rs.getString(1)), k -> new ArrayList<>())
                                .add(new IdentityFacts(rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4))));
                    }
                    return result;
                }
            }
        });
    }

    private static List<MergeRecord> query(Connection c, String sql, String arg) throws SQLException {
        List<MergeRecord> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(read(rs));
                }
            }
        }
        for (int i = 0; i < records.size(); i++) {
            MergeRecord r = records.get(i);
            records.set(i, new MergeRecord(r.id(), r.school(), r.role(), r.absorbed(), r.survivor(), r.rule(), r.score(), r.by(),
                    r.reason(), r.mergedAt(), identities(c, r.id()), participants(c, r.id()), r.undo()));
        }
        return records;
    }

    private static MergeRecord read(ResultSet rs) throws SQLException {
        double score = rs.getDouble("score");
        OptionalDouble scoreValue = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(score);
        Optional<MergeRecord.Undo> undo = Optional.empty();
        if (Sql.getInstant(rs, "undone_at") != null) {
            undo = Optional.of(new MergeRecord.Undo(Sql.getInstant(rs, "undone_at"), actor(rs.getString("undo_actor_account"),
                    rs.getString("undo_actor_label")), rs.getString("undo_reason")));
        }
        return new MergeRecord(MergeId.parse(rs.getString("merge_id")), SchoolKey.parse(rs.getString("school_key")),
                Role.valueOf(rs.getString("role")), AccountId.parse(rs.getString("absorbed_id")),
                AccountId.parse(rs.getString("survivor_id")), MatchRule.valueOf(rs.getString("rule")), scoreValue,
                actor(rs.getString("actor_account"), rs.getString("actor_label")), rs.getString("reason"),
                Sql.getInstant(rs, "merged_at"), List.of(), List.of(), undo);
    }

    private static MergeRecord.Actor actor(String account, String label) {
        return new MergeRecord.Actor(account == null ? Optional.empty() : Optional.of(AccountId.parse(account)), label);
    }

    private static List<MergeRecord.MovedIdentity> identities(Connection c, MergeId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select realm_id, subject from pw_merge_identity where merge_id = ? order by realm_id, subject")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                List<MergeRecord.MovedIdentity> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new MergeRecord.MovedIdentity(rs.getString(1), rs.getString(2)));
                }
                return result;
            }
        }
    }

    private static List<String> participants(Connection c, MergeId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select participant_id from pw_merge_participant where merge_id = ? order by position")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                List<String> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
                return result;
            }
        }
    }
}
