package nl.schoolsupport.poortwachter.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * A local account: the thing results hang on. Several external identities may link to it.
 * {@code version} drives optimistic locking: every update must present the version it read.
 */
public record Account(
        AccountId id,
        SchoolKey school,
        Role role,
        Set<AccountFlag> flags,
        PersonName name,
        Optional<String> group,
        AccountStatus status,
        Optional<AccountId> mergedInto,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        group = Objects.requireNonNullElse(group, Optional.<String>empty()).map(String::strip).filter(g -> !g.isEmpty());
        mergedInto = Objects.requireNonNullElse(mergedInto, Optional.empty());
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean has(AccountFlag flag) {
        return flags.contains(flag);
    }

    public Account withName(PersonName newName) {
        return new Account(id, school, role, flags, newName, group, status, mergedInto, version, createdAt, updatedAt);
    }

    public Account withGroup(Optional<String> newGroup) {
        return new Account(id, school, role, flags, name, newGroup, status, mergedInto, version, createdAt, updatedAt);
    }

    public Account withFlags(Set<AccountFlag> newFlags) {
        return new Account(id, school, role, newFlags, name, group, status, mergedInto, version, createdAt, updatedAt);
    }

    public Account withStatus(AccountStatus newStatus) {
        return new Account(id, school, role, flags, name, group, newStatus,
                newStatus == AccountStatus.MERGED ? mergedInto : Optional.empty(), version, createdAt, updatedAt);
    }

    public Account mergedInto(AccountId survivor) {
        return new Account(id, school, role, flags, name, group, AccountStatus.MERGED, Optional.of(survivor), version,
                createdAt, updatedAt);
    }
}
