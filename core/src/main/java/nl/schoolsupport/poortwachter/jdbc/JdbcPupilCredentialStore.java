package nl.schoolsupport.poortwachter.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.pupilcode.PupilCredential;
import nl.schoolsupport.poortwachter.pupilcode.PupilCredentialStore;

/** {@link PupilCredentialStore} on JDBC. */
public final class JdbcPupilCredentialStore implements PupilCredentialStore {

    private static final String COLUMNS = "username, account_id, password_hash, active";

    private final Database db;
    private final Clock clock;

    @Inject
    public JdbcPupilCredentialStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<PupilCredential> findByUsername(String username) {
        return find("username", username.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<PupilCredential> findByAccount(AccountId account) {
        return find("account_id", account.toString());
    }

    private Optional<PupilCredential> find(String column, String value) {
        return db.run("find pupil credential", c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from pw_pupil_credential where " + column + " = ?")) {
                ps.setString(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<PupilCredential>empty();
                    }
                    return Optional.of(new PupilCredential(rs.getString(1), AccountId.parse(rs.getString(2)), rs.getString(3),
                            rs.getBoolean(4)));
                }
            }
        });
    }

    @Override
    public boolean create(PupilCredential credential, Optional<AccountId> issuedBy) {
        Instant now = clock.instant();
        return db.run("create pupil credential", c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into pw_pupil_credential (username, account_id, password_hash, "
                    + "active, issued_by, created_at, updated_at) values (?,?,?,?,?,?,?)")) {
                ps.setString(1, credential.username().toLowerCase(Locale.ROOT));
                ps.setString(2, credential.account().toString());
                ps.setString(3, credential.passwordHash());
                ps.setBoolean(4, credential.active());
                ps.setString(5, issuedBy.map(AccountId::toString).orElse(null));
                Sql.setInstant(ps, 6, now);
                Sql.setInstant(ps, 7, now);
                return Sql.insertUnlessDuplicate(c, ps);
            }
        });
    }

    @Override
    public void replaceHash(AccountId account, String passwordHash, Optional<AccountId> issuedBy) {
        Instant now = clock.instant();
        db.run("reset pupil credential", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_pupil_credential set password_hash = ?, active = ?, "
                    + "issued_by = ?, updated_at = ? where account_id = ?")) {
                ps.setString(1, passwordHash);
                ps.setBoolean(2, true);
                ps.setString(3, issuedBy.map(AccountId::toString).orElse(null));
                Sql.setInstant(ps, 4, now);
                ps.setString(5, account.toString());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void setActive(AccountId account, boolean active) {
        Instant now = clock.instant();
        db.run("activate pupil credential", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update pw_pupil_credential set active = ?, updated_at = ? where account_id = ?")) {
                ps.setBoolean(1, active);
                Sql.setInstant(ps, 2, now);
                ps.setString(3, account.toString());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public java.util.Map<AccountId, String> activeUsernamesOfSchool(nl.schoolsupport.poortwachter.school.SchoolKey school) {
        return db.run("list pupil usernames", c -> {
            try (PreparedStatement ps = c.prepareStatement("select p.account_id, p.username from pw_pupil_credential p "
                    + "join pw_account a on a.account_id = p.account_id where a.school_key = ? and p.active = ?")) {
                ps.setString(1, school.asText());
                ps.setBoolean(2, true);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.Map<AccountId, String> result = new java.util.HashMap<>();
                    while (rs.next()) {
                        result.put(AccountId.parse(rs.getString(1)), rs.getString(2));
                    }
                    return result;
                }
            }
        });
    }

    @Override
    public boolean moveToAccount(AccountId from, AccountId to) {
        Instant now = clock.instant();
        return db.run("move pupil credential", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_pupil_credential set account_id = ?, updated_at = ? "
                    + "where account_id = ? and not exists (select 1 from pw_pupil_credential o where o.account_id = ?)")) {
                ps.setString(1, to.toString());
                Sql.setInstant(ps, 2, now);
                ps.setString(3, from.toString());
                ps.setString(4, to.toString());
                return ps.executeUpdate() == 1;
            }
        });
    }
}
