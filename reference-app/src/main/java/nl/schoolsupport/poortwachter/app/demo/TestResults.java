package nl.schoolsupport.poortwachter.app.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.lifecycle.Startable;

/**
 * The reference app plays the embedding product: it keeps test results in its own table in the same database,
 * so a merge moves them in the same transaction ({@code TableMergeParticipant}) and the ICT coordinator sees how
 * many results hang on each account. The table is the product's, created here, not in Poortwachter's migrations.
 */
@Singleton
public final class TestResults implements Startable {

    public static final String TABLE = "app_test_result";

    private final Database db;

    @Inject
    public TestResults(Database db) {
        this.db = db;
    }

    @Override
    public void start() {
        db.run("create " + TABLE, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("create table if not exists " + TABLE + " (result_id varchar(36) not null primary key, "
                        + "account_id varchar(36) not null, test_name varchar(100) not null, score integer not null)");
                st.execute("create index if not exists " + TABLE + "_account on " + TABLE + " (account_id)");
            }
            return null;
        });
    }

    @Override
    public int startOrder() {
        return 50;
    }

    @Override
    public void close() {
        // the database closes the connections
    }

    public void record(AccountId account, String testName, int score) {
        db.run("record test result", c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into " + TABLE
                    + " (result_id, account_id, test_name, score) values (?,?,?,?)")) {
                ps.setString(1, java.util.UUID.randomUUID().toString());
                ps.setString(2, account.toString());
                ps.setString(3, testName);
                ps.setInt(4, score);
                return ps.executeUpdate();
            }
        });
    }

    public int count(AccountId account) {
        return db.run("count test results", c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from " + TABLE + " where account_id = ?")) {
                ps.setString(1, account.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Demo scores: a few tests per school year. */
    public void recordHistory(AccountId account, int tests) {
        List<String> names = List.of("Speedtoets fase 1", "Speedtoets fase 2", "Powertoets fase 2", "Speedtoets fase 3",
                "Powertoets fase 3", "Speedtoets fase 4");
        for (int i = 0; i < tests; i++) {
            record(account, names.get(i % names.size()), 40 + (i * 7) % 60);
        }
    }
}
