package nl.schoolsupport.poortwachter.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.JdbcAccountStore;
import nl.schoolsupport.poortwachter.jdbc.Sql;
import nl.schoolsupport.poortwachter.privacy.DataProtector;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.store.StaleAccountException;

/**
 * Writes one school's snapshot into the store, in one transaction, set-based: a handful of queries load what
 * is stored for the school, the differences are computed in memory, and only real changes are written, in JDBC
 * batches. So a second import of the same snapshot writes nothing, and a failure leaves the school as it was.
 *
 * <p>Rules: accounts are never deleted; a user gone from the directory makes the account DEPARTED, one who comes
 * back reactivates it. A user whose identity is linked to an account at another school moved: a new account is
 * made here (the old school's results stay with the old school), the identity moves to it and the old account
 * departs, unless the user is still listed at that other school too (staff at two schools): then the user is
 * skipped here. An unlinked user whose ECK iD matches an active account of the same role at this school (made
 * by another login route) is linked to that account instead of getting a second one. Merged accounts are left
 * alone. Duties the directory does not manage (school administrator) are kept.
 */
final class DirectoryImporter {

    /** Duties the directory decides; others on an account are kept as they are. */
    static final Set<AccountFlag> MANAGED_FLAGS = EnumSet.of(AccountFlag.ICT_COORDINATOR);

    /** Values per {@code = any (?)} array: both databases use the index for it (H2 does not for long IN lists). */
    private static final int CHUNK = 1000;
    private static final String ACCOUNT_COLUMNS = "a.account_id, a.school_key, a.role, a.flags, a.first_name, a.infix, "
            + "a.last_name, a.group_name, a.status, a.merged_into, a.version, a.created_at, a.updated_at";

    private final Database db;
    private final AccountStore accounts;
    private final DataProtector protector;
    private final SyncStatusStore status;
    private final Clock clock;

    @Inject
    DirectoryImporter(Database db, AccountStore accounts, DataProtector protector, SyncStatusStore status, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.accounts = Objects.requireNonNull(accounts);
        this.protector = Objects.requireNonNull(protector);
        this.status = Objects.requireNonNull(status);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Imports the snapshot; retries once on a concurrent account change, then gives up with a clear error. */
    SchoolImport importSchool(String source, DirectorySnapshot snapshot, String runId) {
        try {
            return db.inTransaction(() -> importOnce(source, snapshot, runId));
        } catch (StaleAccountException first) {
            try {
                return db.inTransaction(() -> importOnce(source, snapshot, runId));
            } catch (StaleAccountException second) {
                throw new SyncException(SyncErrorCode.CONCURRENT_CHANGE, "accounts of school "
                        + snapshot.school().key().asText() + " were changed during the import twice in a row; "
                        + "nothing was written, the next run tries again", second);
            }
        }
    }

    private SchoolImport importOnce(String source, DirectorySnapshot snapshot, String runId) {
        Instant now = clock.instant();
        DirectorySchool school = snapshot.school();
        SchoolKey key = school.key();
        saveSchool(school);
        status.describe(source, school.sourceSchoolId(), key, school.name(), now);
        return db.run("import school", c -> {
            Map<String, DirectoryGroup> groups = new LinkedHashMap<>();
            for (DirectoryGroup group : snapshot.groups()) {
                groups.putIfAbsent(group.key(), group);
            }
            writeGroups(c, source, school.sourceSchoolId(), groups);

            int skipped = 0;
            Map<String, DirectoryUser> users = new LinkedHashMap<>();
            for (DirectoryUser user : concat(snapshot.pupils(), snapshot.staff())) {
                if (users.putIfAbsent(user.subject(), user) != null) {
                    skipped++;
                }
            }
            Plan plan = new Plan(now);
            Map<String, Member> members = loadMembers(c, source, school.sourceSchoolId());
            Set<String> unlinked = new HashSet<>(users.keySet());
            members.values().stream().filter(m -> m.linked != null).forEach(m -> unlinked.remove(m.subject));
            Map<String, Linked> linkedOutside = loadIdentities(c, source, unlinked);
            Set<String> elsewhere = presentElsewhere(c, source, school.sourceSchoolId(), linkedOutside.entrySet().stream()
                    .filter(e -> !e.getValue().account.school().equals(key)).map(Map.Entry::getKey).toList());
            Map<String, String> lookups = new HashMap<>();
            users.values().forEach(u -> u.eckId().ifPresent(e -> lookups.put(u.subject(), eckLookup(e))));
            Map<String, Account> byEck = loadEckMatches(c, key, users.keySet().stream()
                    .filter(s -> !linkedOutside.containsKey(s) && lookups.containsKey(s)
                            && (members.get(s) == null || members.get(s).linked == null))
                    .map(lookups::get).toList());

            int pupils = 0;
            int staff = 0;
            for (DirectoryUser user : users.values()) {
                Member member = members.get(user.subject());
                Linked linked = member != null && member.linked != null ? member.linked : linkedOutside.get(user.subject());
                String lookup = lookups.get(user.subject());
                Optional<String> groupName = user.groupKey().map(groups::get).map(DirectoryGroup::name);
                AccountId accountId;
                if (linked != null && linked.account.school().equals(key) && linked.account.role() == user.role()) {
                    accountId = linked.account.id();
                    if (linked.account.status() != AccountStatus.MERGED) {
                        plan.keep(linked.account, user, groupName);
                    }
                    if (lookup != null && !lookup.equals(linked.eckLookup)) {
                        plan.eckUpdates.put(user.subject(), user.eckId().orElseThrow());
                    }
                } else if (linked != null && linked.account.isActive() && !linked.account.school().equals(key)
                        && elsewhere.contains(user.subject())) {
                    skipped++;
                    continue;
                } else if (linked != null) {
                    // moved here from another school, or changed role: a fresh account, the old one departs
                    Account created = plan.create(key, user, groupName);
                    accountId = created.id();
                    plan.identityMoves.put(user.subject(), accountId);
                    if (linked.account.isActive()) {
                        plan.depart(linked.account, false);
                    }
                    if (lookup != null && !lookup.equals(linked.eckLookup)) {
                        plan.eckUpdates.put(user.subject(), user.eckId().orElseThrow());
                    }
                } else {
                    Account match = lookup == null ? null : byEck.get(lookup);
                    if (match != null && match.role() == user.role()) {
                        accountId = match.id();
                        plan.keep(match, user, groupName);
                    } else {
                        accountId = plan.create(key, user, groupName).id();
                    }
                    plan.identityInserts.add(new NewIdentity(user.subject(), accountId, user.eckId(), Optional.ofNullable(lookup)));
                }
                plan.activeAccounts.add(accountId);
                plan.member(member, user.subject(), accountId, user.role(), true);
                if (user.role() == Role.PUPIL) {
                    pupils++;
                } else {
                    staff++;
                }
            }
            int departed = 0;
            for (Member member : members.values()) {
                if (users.containsKey(member.subject)) {
                    continue;
                }
                if (member.present) {
                    plan.member(member, member.subject, member.accountId, member.role, false);
                    Account account = member.linked == null ? null : member.linked.account;
                    if (account != null && account.school().equals(key) && account.isActive()
                            && !plan.activeAccounts.contains(account.id())) {
                        plan.depart(account, true);
                    }
                }
                departed++;
            }
            plan.write(c, source, school.sourceSchoolId());
            SyncCounts counts = new SyncCounts(pupils, staff, groups.size(), departed, skipped);
            status.recordSuccess(source, school.sourceSchoolId(), runId, now, counts);
            return new SchoolImport(source, school.sourceSchoolId(), key, runId, counts, plan.created, plan.updated,
                    plan.reactivated, plan.departed);
        });
    }

    private void saveSchool(DirectorySchool school) {
        Optional<School> existing = accounts.findSchool(school.key());
        if (existing.isEmpty()) {
            accounts.saveSchool(School.of(school.key(), school.name(), Country.NL));
        } else if (!existing.get().name().equals(school.name())) {
            School known = existing.get();
            accounts.saveSchool(new School(known.key(), school.name(), known.country(), known.administrator()));
        }
    }

    private String eckLookup(EckId eck) {
        return protector.lookupKey(JdbcAccountStore.ECK_PURPOSE, eck.value());
    }

    private static List<DirectoryUser> concat(List<DirectoryUser> a, List<DirectoryUser> b) {
        List<DirectoryUser> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    // ---------------------------------------------------------------- loading what is stored

    /** An identity of the directory's realm and the account it is linked to. */
    private record Linked(Account account, String eckLookup) {
    }

    /** A membership row, with the account its subject's identity currently points to (null if none). */
    private record Member(String subject, AccountId accountId, Role role, boolean present, Linked linked) {
    }

    private static Map<String, Member> loadMembers(Connection c, String source, String schoolId) throws SQLException {
        Map<String, Member> members = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select m.subject, m.account_id as member_account, m.role as member_role, "
                + "m.present, i.eck_lookup, i.account_id as linked_account, " + ACCOUNT_COLUMNS + " from pw_sync_member m "
                + "left join pw_identity i on i.realm_id = m.source and i.subject = m.subject "
                + "left join pw_account a on a.account_id = i.account_id "
                + "where m.source = ? and m.source_school_id = ?")) {
            ps.setString(1, source);
            ps.setString(2, schoolId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Linked linked = rs.getString("linked_account") == null ? null
                            : new Linked(JdbcAccountStore.readAccount(rs), rs.getString("eck_lookup"));
                    String subject = rs.getString("subject");
                    members.put(subject, new Member(subject, AccountId.parse(rs.getString("member_account")),
                            Role.valueOf(rs.getString("member_role")), rs.getBoolean("present"), linked));
                }
            }
        }
        return members;
    }

    private static Map<String, Linked> loadIdentities(Connection c, String realm, Collection<String> subjects) throws SQLException {
        Map<String, Linked> linked = new HashMap<>();
        for (List<String> chunk : chunks(subjects)) {
            // subject alone in the condition: H2 then takes the subject index (V4) instead of scanning the realm's rows
            try (PreparedStatement ps = c.prepareStatement("select i.realm_id, i.subject, i.eck_lookup, " + ACCOUNT_COLUMNS
                    + " from pw_identity i join pw_account a on a.account_id = i.account_id where i.subject = any (?)")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", chunk.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!realm.equals(rs.getString("realm_id"))) {
                            continue;
                        }
                        linked.put(rs.getString("subject"), new Linked(JdbcAccountStore.readAccount(rs), rs.getString("eck_lookup")));
                    }
                }
            }
        }
        return linked;
    }

    /** Subjects still listed as present at another school of the same directory. */
    private static Set<String> presentElsewhere(Connection c, String source, String schoolId, Collection<String> subjects)
            throws SQLException {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(subjects)) {
            try (PreparedStatement ps = c.prepareStatement("select subject, source, source_school_id, present "
                    + "from pw_sync_member where subject = any (?)")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", chunk.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (source.equals(rs.getString("source")) && !schoolId.equals(rs.getString("source_school_id"))
                                && rs.getBoolean("present")) {
                            found.add(rs.getString("subject"));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Active accounts at the school carrying one of the ECK iD look-up keys (any realm); the oldest per key. */
    private static Map<String, Account> loadEckMatches(Connection c, SchoolKey school, Collection<String> lookups)
            throws SQLException {
        Map<String, Account> matches = new HashMap<>();
        for (List<String> chunk : chunks(new HashSet<>(lookups))) {
            try (PreparedStatement ps = c.prepareStatement("select i.eck_lookup, " + ACCOUNT_COLUMNS + " from pw_identity i "
                    + "join pw_account a on a.account_id = i.account_id where i.eck_lookup = any (?) and a.school_key = ? "
                    + "and a.status = 'ACTIVE'")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", chunk.toArray()));
                ps.setString(2, school.asText());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Account account = JdbcAccountStore.readAccount(rs);
                        matches.merge(rs.getString("eck_lookup"), account,
                                (a, b) -> Comparator.comparing(Account::createdAt).compare(a, b) <= 0 ? a : b);
                    }
                }
            }
        }
        return matches;
    }

    private static void writeGroups(Connection c, String source, String schoolId, Map<String, DirectoryGroup> wanted)
            throws SQLException {
        Map<String, DirectoryGroup> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select group_key, name, year_group from pw_sync_group "
                + "where source = ? and source_school_id = ?")) {
            ps.setString(1, source);
            ps.setString(2, schoolId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new DirectoryGroup(rs.getString(1), rs.getString(2),
                            Optional.ofNullable(rs.getString(3))));
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("insert into pw_sync_group (source, source_school_id, group_key, "
                + "name, year_group) values (?,?,?,?,?)");
                PreparedStatement update = c.prepareStatement("update pw_sync_group set name = ?, year_group = ? "
                        + "where source = ? and source_school_id = ? and group_key = ?");
                PreparedStatement delete = c.prepareStatement("delete from pw_sync_group "
                        + "where source = ? and source_school_id = ? and group_key = ?")) {
            for (DirectoryGroup group : wanted.values()) {
                DirectoryGroup old = stored.get(group.key());
                if (old == null) {
                    insert.setString(1, source);
                    insert.setString(2, schoolId);
                    insert.setString(3, group.key());
                    insert.setString(4, group.name());
                    insert.setString(5, group.yearGroup().orElse(null));
                    insert.addBatch();
                } else if (!old.equals(group)) {
                    update.setString(1, group.name());
                    update.setString(2, group.yearGroup().orElse(null));
                    update.setString(3, source);
                    update.setString(4, schoolId);
                    update.setString(5, group.key());
                    update.addBatch();
                }
            }
            for (String gone : stored.keySet()) {
                if (!wanted.containsKey(gone)) {
                    delete.setString(1, source);
                    delete.setString(2, schoolId);
                    delete.setString(3, gone);
                    delete.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            delete.executeBatch();
        }
    }

    static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> all = new ArrayList<>(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    // ---------------------------------------------------------------- the changes, then the writes

    private record NewIdentity(String subject, AccountId account, Optional<EckId> eckId, Optional<String> eckLookup) {
    }

    private record MemberRow(String subject, AccountId account, Role role, boolean present, boolean exists) {
    }

    /** Changes computed in memory; {@link #write} sends them in batches. */
    private final class Plan {
        final Instant now;
        final Map<AccountId, Account> creates = new LinkedHashMap<>();
        final Map<AccountId, Account> updates = new LinkedHashMap<>();
        final Map<String, AccountId> identityMoves = new LinkedHashMap<>();
        final List<NewIdentity> identityInserts = new ArrayList<>();
        final Map<String, EckId> eckUpdates = new LinkedHashMap<>();
        final List<MemberRow> members = new ArrayList<>();
        final Set<AccountId> activeAccounts = new HashSet<>();
        final List<AccountId> created = new ArrayList<>();
        final List<AccountId> updated = new ArrayList<>();
        final List<AccountId> reactivated = new ArrayList<>();
        final List<AccountId> departed = new ArrayList<>();

        Plan(Instant now) {
            this.now = now;
        }

        Account create(SchoolKey school, DirectoryUser user, Optional<String> group) {
            Account account = new Account(AccountId.random(), school, user.role(), managed(Set.of(), user.flags()), user.name(),
                    group, AccountStatus.ACTIVE, Optional.empty(), 1, now, now);
            creates.put(account.id(), account);
            created.add(account.id());
            return account;
        }

        /** The account stays (or becomes) active with the directory's name, group and duties. */
        void keep(Account stored, DirectoryUser user, Optional<String> group) {
            Account base = updates.getOrDefault(stored.id(), stored);
            Account wanted = base.withName(user.name()).withGroup(group).withFlags(managed(base.flags(), user.flags()))
                    .withStatus(AccountStatus.ACTIVE);
            if (wanted.equals(stored)) {
                return;
            }
            if (!updates.containsKey(stored.id())) {
                (stored.status() == AccountStatus.DEPARTED ? reactivated : updated).add(stored.id());
            }
            updates.put(stored.id(), wanted);
        }

        void depart(Account stored, boolean ofThisSchool) {
            updates.put(stored.id(), updates.getOrDefault(stored.id(), stored).withStatus(AccountStatus.DEPARTED));
            if (ofThisSchool) {
                departed.add(stored.id());
            }
        }

        void member(Member existing, String subject, AccountId account, Role role, boolean present) {
            if (existing != null && existing.accountId.equals(account) && existing.role == role && existing.present == present) {
                return;
            }
            members.add(new MemberRow(subject, account, role, present, existing != null));
        }

        private Set<AccountFlag> managed(Set<AccountFlag> current, Set<AccountFlag> fromDirectory) {
            EnumSet<AccountFlag> flags = EnumSet.noneOf(AccountFlag.class);
            current.stream().filter(f -> !MANAGED_FLAGS.contains(f)).forEach(flags::add);
            fromDirectory.stream().filter(MANAGED_FLAGS::contains).forEach(flags::add);
            return flags;
        }

        void write(Connection c, String realm, String schoolId) throws SQLException {
            insertAccounts(c);
            updateAccounts(c);
            try (PreparedStatement ps = c.prepareStatement("insert into pw_identity (realm_id, subject, account_id, eck_lookup, "
                    + "eck_encrypted, linked_at) values (?,?,?,?,?,?)")) {
                for (NewIdentity identity : identityInserts) {
                    ps.setString(1, realm);
                    ps.setString(2, identity.subject);
                    ps.setString(3, identity.account.toString());
                    ps.setString(4, identity.eckLookup.orElse(null));
                    ps.setString(5, identity.eckId.map(e -> protector.encrypt(e.value())).orElse(null));
                    Sql.setInstant(ps, 6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("update pw_identity set account_id = ? where realm_id = ? and subject = ?")) {
                for (Map.Entry<String, AccountId> move : identityMoves.entrySet()) {
                    ps.setString(1, move.getValue().toString());
                    ps.setString(2, realm);
                    ps.setString(3, move.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update pw_identity set eck_lookup = ?, eck_encrypted = ? where realm_id = ? and subject = ?")) {
                for (Map.Entry<String, EckId> eck : eckUpdates.entrySet()) {
                    ps.setString(1, eckLookup(eck.getValue()));
                    ps.setString(2, protector.encrypt(eck.getValue().value()));
                    ps.setString(3, realm);
                    ps.setString(4, eck.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into pw_sync_member (source, source_school_id, subject, "
                    + "account_id, role, present) values (?,?,?,?,?,?)");
                    PreparedStatement update = c.prepareStatement("update pw_sync_member set account_id = ?, role = ?, present = ? "
                            + "where source = ? and source_school_id = ? and subject = ?")) {
                for (MemberRow row : members) {
                    if (row.exists) {
                        update.setString(1, row.account.toString());
                        update.setString(2, row.role.name());
                        update.setBoolean(3, row.present);
                        update.setString(4, realm);
                        update.setString(5, schoolId);
                        update.setString(6, row.subject);
                        update.addBatch();
                    } else {
                        insert.setString(1, realm);
                        insert.setString(2, schoolId);
                        insert.setString(3, row.subject);
                        insert.setString(4, row.account.toString());
                        insert.setString(5, row.role.name());
                        insert.setBoolean(6, row.present);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
        }

        private void insertAccounts(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into pw_account (" + ACCOUNT_COLUMNS.replace("a.", "")
                    + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (Account a : creates.values()) {
                    ps.setString(1, a.id().toString());
                    ps.setString(2, a.school().asText());
                    ps.setString(3, a.role().name());
                    ps.setString(4, JdbcAccountStore.flagsText(a.flags()));
                    ps.setString(5, a.name().first());
                    ps.setString(6, a.name().infix());
                    ps.setString(7, a.name().last());
                    ps.setString(8, a.group().orElse(null));
                    ps.setString(9, a.status().name());
                    ps.setString(10, null);
                    ps.setLong(11, a.version());
                    Sql.setInstant(ps, 12, now);
                    Sql.setInstant(ps, 13, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        /** Optimistic locking as in {@code AccountStore.updateAccount}: a row changed meanwhile fails the school. */
        private void updateAccounts(Connection c) throws SQLException {
            if (updates.isEmpty()) {
                return;
            }
            List<Account> rows = new ArrayList<>(updates.values());
            try (PreparedStatement ps = c.prepareStatement("update pw_account set flags = ?, first_name = ?, infix = ?, "
                    + "last_name = ?, group_name = ?, status = ?, merged_into = ?, version = version + 1, updated_at = ? "
                    + "where account_id = ? and version = ?")) {
                for (Account a : rows) {
                    ps.setString(1, JdbcAccountStore.flagsText(a.flags()));
                    ps.setString(2, a.name().first());
                    ps.setString(3, a.name().infix());
                    ps.setString(4, a.name().last());
                    ps.setString(5, a.group().orElse(null));
                    ps.setString(6, a.status().name());
                    ps.setString(7, a.mergedInto().map(AccountId::toString).orElse(null));
                    Sql.setInstant(ps, 8, now);
                    ps.setString(9, a.id().toString());
                    ps.setLong(10, a.version());
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new StaleAccountException(rows.get(i).id(), rows.get(i).version());
                    }
                }
            }
        }
    }
}
