package nl.schoolsupport.poortwachter.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.jdbc.Database;

/**
 * A ready {@link MergeParticipant} for the common case: the product keeps its data in one table of
 * Poortwachter's database with a column holding the account id (e.g. {@code test_result(result_id, account_id,
 * ...)}). A merge moves the absorbed account's rows to the survivor and remembers their keys; undo moves exactly
 * those rows back, so results added to the survivor afterwards stay where they are. Works inside the merge's
 * transaction ({@link Database#currentConnection()}).
 *
 * <pre>{@code
 * MergeModule.bindParticipant(binder()).toInstance(
 *         new TableMergeParticipant(database, "test-results", "test_result", "result_id", "account_id"));
 * }</pre>
 */
public final class TableMergeParticipant implements MergeParticipant {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final int BATCH = 500;

    private final Database db;
    private final String id;
    private final String table;
    private final String keyColumn;
    private final String accountColumn;

    /**
     * @param id            the participant id stored with merges
     * @param table         table name (letters, digits, underscores)
     * @param keyColumn     the table's primary key column (text or integer)
     * @param accountColumn the column holding the account id as text
     */
    public TableMergeParticipant(Database db, String id, String table, String keyColumn, String accountColumn) {
        this.db = Objects.requireNonNull(db);
        this.id = Objects.requireNonNull(id);
        this.table = identifier(table);
        this.keyColumn = identifier(keyColumn);
        this.accountColumn = identifier(accountColumn);
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("expected an SQL identifier of letters, digits and underscores, got " + name);
        }
        return name;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String merge(MergeEvent event) {
        Connection c = db.currentConnection();
        try {
            List<Object> keys = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + keyColumn + " from " + table + " where " + accountColumn
                    + " = ? order by " + keyColumn + " for update")) {
                ps.setString(1, event.absorbed().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getObject(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update " + table + " set " + accountColumn + " = ? where "
                    + accountColumn + " = ?")) {
                ps.setString(1, event.survivor().toString());
                ps.setString(2, event.absorbed().toString());
                ps.executeUpdate();
            }
            return encode(keys);
        } catch (SQLException e) {
            throw new IllegalStateException("moving rows of " + table + " failed (SQLState " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public void undo(MergeEvent event, String memo) {
        List<Object> keys = decode(memo);
        Connection c = db.currentConnection();
        try (PreparedStatement ps = c.prepareStatement("update " + table + " set " + accountColumn + " = ? where "
                + keyColumn + " = ? and " + accountColumn + " = ?")) {
            int pending = 0;
            for (Object key : keys) {
                ps.setString(1, event.absorbed().toString());
                ps.setObject(2, key);
                ps.setString(3, event.survivor().toString());
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("moving rows of " + table + " back failed (SQLState " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public long dataCount(AccountId account) {
        return dataCounts(List.of(account)).getOrDefault(account, 0L);
    }

    @Override
    public Map<AccountId, Long> dataCounts(Collection<AccountId> accounts) {
        Map<AccountId, Long> counts = new HashMap<>();
        if (accounts.isEmpty()) {
            return counts;
        }
        Map<String, AccountId> wanted = new HashMap<>();
        accounts.forEach(a -> wanted.put(a.toString(), a));
        return db.run("count " + table, c -> {
            List<String> ids = new ArrayList<>(wanted.keySet());
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("select " + accountColumn + ", count(*) from " + table + " where "
                        + accountColumn + " in (" + marks + ") group by " + accountColumn)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.put(wanted.get(rs.getString(1)), rs.getLong(2));
                        }
                    }
                }
            }
            return counts;
        });
    }

    /** Keys as text lines: "n:" + number or "s:" + text (newlines in text keys are escaped). */
    private static String encode(List<Object> keys) {
        StringBuilder sb = new StringBuilder();
        for (Object key : keys) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (key instanceof Number n) {
                sb.append("n:").append(n.longValue());
            } else {
                sb.append("s:").append(String.valueOf(key).replace("\\", "\\\\").replace("\n", "\\n"));
            }
        }
        return sb.toString();
    }

    private static String unescape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                sb.append(next == 'n' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<Object> decode(String memo) {
        List<Object> keys = new ArrayList<>();
        if (memo == null || memo.isEmpty()) {
            return keys;
        }
        for (String line : memo.split("\n")) {
            if (line.startsWith("n:")) {
                keys.add(Long.parseLong(line.substring(2)));
            } else if (line.startsWith("s:")) {
                keys.add(unescape(line.substring(2)));
            } else {
                throw new IllegalStateException("unreadable memo line for table participant");
            }
        }
        return keys;
    }
}
