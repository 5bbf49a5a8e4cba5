package nl.schoolsupport.poortwachter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.LinkedIdentity;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.privacy.DataProtector;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.store.IdentityAlreadyLinkedException;
import nl.schoolsupport.poortwachter.store.StaleAccountException;
import nl.schoolsupport.poortwachter.store.UnknownAccountException;
import nl.schoolsupport.poortwachter.store.UnknownSchoolException;

/** {@link AccountStore} on JDBC; identical behaviour on H2 and PostgreSQL (one test suite runs on both). */
public final class JdbcAccountStore implements AccountStore {

    /** The {@link DataProtector#lookupKey} purpose of ECK iDs; other stores writing identities must use it too. */
    public static final String ECK_PURPOSE = "eck-id";

    private static final String ACCOUNT_COLUMNS = "a.account_id, a.school_key, a.role, a.flags, a.first_name, a.infix, "
            + "a.last_name, a.group_name, a.status, a.merged_into, a.version, a.created_at, a.updated_at";

    private final Database db;
    private final DataProtector protector;
    private final Clock clock;

    @Inject
    public JdbcAccountStore(Database db, DataProtector protector, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.protector = Objects.requireNonNull(protector);
        this.clock = Objects.requireNonNull(clock);
    }

    // ---------------------------------------------------------------- schools

    @Override
    public Optional<School> findSchool(SchoolKey key) {
        return db.run("find school", c -> querySchool(c, "select * from pw_school where school_key = ?", key.asText()));
    }

    @Override
    public Optional<School> findSchoolByBrin(String brin) {
        SchoolKey key = SchoolKey.brin(brin);
        return db.run("find school by BRIN", c -> {
            Optional<School> exact = querySchool(c, "select * from pw_school where school_key = ?", key.asText());
            if (exact.isPresent()) {
                return exact;
            }
            List<School> sameBrin4 = querySchools(c, "select * from pw_school where brin4 = ?", key.brin4().orElseThrow());
            return sameBrin4.size() == 1 ? Optional.of(sameBrin4.get(0)) : Optional.empty();
        });
    }

    @Override
    public School saveSchool(School school) {
        Instant now = clock.instant();
        return db.run("save school", c -> {
            try (PreparedStatement update = c.prepareStatement("update pw_school set name = ?, country = ?, admin_name = ?, "
                    + "admin_email = ?, updated_at = ? where school_key = ?")) {
                update.setString(1, school.name());
                update.setString(2, school.country().name());
                update.setString(3, school.administrator().map(ContactPerson::name).orElse(null));
                update.setString(4, school.administrator().flatMap(ContactPerson::email).orElse(null));
                Sql.setInstant(update, 5, now);
                update.setString(6, school.key().asText());
                if (update.executeUpdate() == 1) {
                    return school;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into pw_school (school_key, key_type, key_value, brin4, "
                    + "name, country, admin_name, admin_email, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?)")) {
                insert.setString(1, school.key().asText());
                insert.setString(2, school.key().type().name());
                insert.setString(3, school.key().value());
                insert.setString(4, school.key().brin4().orElse(null));
                insert.setString(5, school.name());
                insert.setString(6, school.country().name());
                insert.setString(7, school.administrator().map(ContactPerson::name).orElse(null));
                insert.setString(8, school.administrator().flatMap(ContactPerson::email).orElse(null));
                Sql.setInstant(insert, 9, now);
                Sql.setInstant(insert, 10, now);
                if (!Sql.insertUnlessDuplicate(c, insert)) {
                    // a concurrent writer inserted it first: ours becomes an update
                    return saveSchool(school);
                }
            }
            return school;
        });
    }

    @Override
    public List<School> schools() {
        return db.run("list schools", c -> querySchools(c, "select * from pw_school order by name, school_key"));
    }

    private static Optional<School> querySchool(Connection c, String sql, String... args) throws SQLException {
        List<School> found = querySchools(c, sql, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<School> querySchools(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<School> result = new ArrayList<>();
                while (rs.next()) {
                    String adminName = rs.getString("admin_name");
                    Optional<ContactPerson> admin = adminName == null ? Optional.empty()
                            : Optional.of(ContactPerson.of(adminName, rs.getString("admin_email")));
                    result.add(new School(SchoolKey.parse(rs.getString("school_key")), rs.getString("name"),
                            Country.valueOf(rs.getString("country")), admin));
                }
                return result;
            }
        }
    }

    // ---------------------------------------------------------------- accounts

    @Override
    public Account createAccount(NewAccount account) {
        Instant now = clock.instant();
        Account created = new Account(AccountId.random(), account.school(), account.role(), account.flags(), account.name(),
                account.group(), AccountStatus.ACTIVE, Optional.empty(), 1, now, now);
        return db.run("create account", c -> {
            if (querySchool(c, "select * from pw_school where school_key = ?", account.school().asText()).isEmpty()) {
                throw new UnknownSchoolException(account.school());
            }
            try (PreparedStatement ps = c.prepareStatement("insert into pw_account (" + ACCOUNT_COLUMNS.replace("a.", "")
                    + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, created.id().toString());
                ps.setString(2, created.school().asText());
                ps.setString(3, created.role().name());
                ps.setString(4, flagsText(created.flags()));
                ps.setString(5, created.name().first());
                ps.setString(6, created.name().infix());
                ps.setString(7, created.name().last());
                ps.setString(8, created.group().orElse(null));
                ps.setString(9, created.status().name());
                ps.setString(10, null);
                ps.setLong(11, created.version());
                Sql.setInstant(ps, 12, now);
                Sql.setInstant(ps, 13, now);
                ps.executeUpdate();
            }
            return created;
        });
    }

    @Override
    public Optional<Account> findAccount(AccountId id) {
        return db.run("find account", c -> queryAccounts(c, "select " + ACCOUNT_COLUMNS + " from pw_account a where a.account_id = ?",
                id.toString()).stream().findFirst());
    }

    @Override
    public List<Account> accountsOfSchool(SchoolKey school) {
        return db.run("list accounts", c -> queryAccounts(c, "select " + ACCOUNT_COLUMNS
                + " from pw_account a where a.school_key = ? order by a.last_name, a.first_name, a.account_id", school.asText()));
    }

    @Override
    public Account updateAccount(Account changed) {
        Instant now = clock.instant();
        return db.run("update account", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_account set flags = ?, first_name = ?, infix = ?, "
                    + "last_name = ?, group_name = ?, status = ?, merged_into = ?, version = version + 1, updated_at = ? "
                    + "where account_id = ? and version = ?")) {
                ps.setString(1, flagsText(changed.flags()));
                ps.setString(2, changed.name().first());
                ps.setString(3, changed.name().infix());
                ps.setString(4, changed.name().last());
                ps.setString(5, changed.group().orElse(null));
                ps.setString(6, changed.status().name());
                ps.setString(7, changed.mergedInto().map(AccountId::toString).orElse(null));
                Sql.setInstant(ps, 8, now);
                ps.setString(9, changed.id().toString());
                ps.setLong(10, changed.version());
                if (ps.executeUpdate() == 0) {
                    if (queryAccounts(c, "select " + ACCOUNT_COLUMNS + " from pw_account a where a.account_id = ?",
                            changed.id().toString()).isEmpty()) {
                        throw new UnknownAccountException(changed.id());
                    }
                    throw new StaleAccountException(changed.id(), changed.version());
                }
            }
            return new Account(changed.id(), changed.school(), changed.role(), changed.flags(), changed.name(),
                    changed.group(), changed.status(), changed.mergedInto(), changed.version() + 1, changed.createdAt(), now);
        });
    }

    private static List<Account> queryAccounts(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Account> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(readAccount(rs));
                }
                return result;
            }
        }
    }

    /** Reads a row of {@code pw_account} (columns as named in {@code V1__accounts.sql}). */
    public static Account readAccount(ResultSet rs) throws SQLException {
        String mergedInto = rs.getString("merged_into");
        return new Account(
                AccountId.parse(rs.getString("account_id")),
                SchoolKey.parse(rs.getString("school_key")),
                Role.valueOf(rs.getString("role")),
                parseFlags(rs.getString("flags")),
                PersonName.of(rs.getString("first_name"), rs.getString("infix"), rs.getString("last_name")),
                Optional.ofNullable(rs.getString("group_name")),
                AccountStatus.valueOf(rs.getString("status")),
                mergedInto == null ? Optional.empty() : Optional.of(AccountId.parse(mergedInto)),
                rs.getLong("version"),
                Sql.getInstant(rs, "created_at"),
                Sql.getInstant(rs, "updated_at"));
    }

    /** The stored form of an account's flags (sorted names, comma-separated). */
    public static String flagsText(Set<AccountFlag> flags) {
        return flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<AccountFlag> parseFlags(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        EnumSet<AccountFlag> flags = EnumSet.noneOf(AccountFlag.class);
        for (String name : text.split(",")) {
            flags.add(AccountFlag.valueOf(name.strip()));
        }
        return flags;
    }

    // ---------------------------------------------------------------- identities

    @Override
    public Optional<Account> findByIdentity(String realmId, String subject) {
        return db.run("find account by identity", c -> queryAccounts(c, "select " + ACCOUNT_COLUMNS
                + " from pw_account a join pw_identity i on i.account_id = a.account_id where i.realm_id = ? and i.subject = ?",
                realmId, subject).stream().findFirst());
    }

    @Override
    public List<Account> findByEckId(EckId eckId) {
        String lookup = protector.lookupKey(ECK_PURPOSE, eckId.value());
        return db.run("find account by ECK iD", c -> queryAccounts(c, "select distinct " + ACCOUNT_COLUMNS
                + " from pw_account a join pw_identity i on i.account_id = a.account_id where i.eck_lookup = ?", lookup));
    }

    @Override
    public LinkedIdentity linkIdentity(AccountId account, String realmId, String subject, Optional<EckId> eckId) {
        Instant now = clock.instant();
        String lookup = eckId.map(e -> protector.lookupKey(ECK_PURPOSE, e.value())).orElse(null);
        String encrypted = eckId.map(e -> protector.encrypt(e.value())).orElse(null);
        return db.run("link identity", c -> {
            Optional<String> owner = identityOwner(c, realmId, subject);
            if (owner.isPresent()) {
                if (!owner.get().equals(account.toString())) {
                    throw new IdentityAlreadyLinkedException(realmId);
                }
                if (lookup != null) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "update pw_identity set eck_lookup = ?, eck_encrypted = ? where realm_id = ? and subject = ?")) {
                        ps.setString(1, lookup);
                        ps.setString(2, encrypted);
                        ps.setString(3, realmId);
                        ps.setString(4, subject);
                        ps.executeUpdate();
                    }
                }
                return identitiesOf(c, account).stream().filter(i -> i.realmId().equals(realmId) && i.subject().equals(subject))
                        .findFirst().orElseThrow();
            }
            if (queryAccounts(c, "select " + ACCOUNT_COLUMNS + " from pw_account a where a.account_id = ?",
                    account.toString()).isEmpty()) {
                throw new UnknownAccountException(account);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into pw_identity (realm_id, subject, account_id, eck_lookup, "
                    + "eck_encrypted, linked_at) values (?,?,?,?,?,?)")) {
                ps.setString(1, realmId);
                ps.setString(2, subject);
                ps.setString(3, account.toString());
                ps.setString(4, lookup);
                ps.setString(5, encrypted);
                Sql.setInstant(ps, 6, now);
                if (!Sql.insertUnlessDuplicate(c, ps)) {
                    throw new IdentityAlreadyLinkedException(realmId);
                }
            }
            return new LinkedIdentity(account, realmId, subject, lookup != null, now);
        });
    }

    private static Optional<String> identityOwner(Connection c, String realmId, String subject) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select account_id from pw_identity where realm_id = ? and subject = ?")) {
            ps.setString(1, realmId);
            ps.setString(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public boolean moveIdentity(String realmId, String subject, AccountId to) {
        return db.run("move identity", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_identity set account_id = ? where realm_id = ? and subject = ?")) {
                ps.setString(1, to.toString());
                ps.setString(2, realmId);
                ps.setString(3, subject);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<LinkedIdentity> identitiesOf(AccountId account) {
        return db.run("list identities", c -> identitiesOf(c, account));
    }

    private static List<LinkedIdentity> identitiesOf(Connection c, AccountId account) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select realm_id, subject, eck_lookup, linked_at from pw_identity "
                + "where account_id = ? order by linked_at, realm_id, subject")) {
            ps.setString(1, account.toString());
            try (ResultSet rs = ps.executeQuery()) {
                List<LinkedIdentity> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new LinkedIdentity(account, rs.getString("realm_id"), rs.getString("subject"),
                            rs.getString("eck_lookup") != null, Sql.getInstant(rs, "linked_at")));
                }
                return result;
            }
        }
    }

    /** The decrypted ECK iD of an identity, for the rare flows that must hand it on (e.g. a licence grant). */
    public Optional<EckId> eckIdOf(String realmId, String subject) {
        return db.run("read ECK iD", c -> {
            try (PreparedStatement ps = c.prepareStatement("select eck_encrypted from pw_identity where realm_id = ? and subject = ?")) {
                ps.setString(1, realmId);
                ps.setString(2, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? Optional.of(EckId.of(protector.decrypt(rs.getString(1))))
                            : Optional.empty();
                }
            }
        });
    }
}
