package nl.schoolsupport.poortwachter.merge.matching;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;

/**
 * One account as the matcher sees it: an old (legacy) account or one imported from the directory. The matcher
 * never sees ECK iDs in clear: {@code eckKey} is any value that is equal exactly when the ECK iDs are equal (the
 * library passes the keyed hash it stores, the CLI the value from the CSV).
 *
 * @param id           the caller's id of the account (account UUID, legacy_id, basispoort_id)
 * @param providerKeys identities at providers, as "realm:subject", for "same provider identity" evidence
 * @param resultsCount data hanging on the account (shown to the coordinator; not used to decide)
 * @param birthYear    known for imported accounts only
 */
public record MatchAccount(String id, Role role, PersonName name, Optional<String> group, Optional<String> eckKey,
        Set<String> providerKeys, long resultsCount, OptionalInt birthYear) {

    public MatchAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        group = Objects.requireNonNullElse(group, Optional.<String>empty()).map(String::strip).filter(g -> !g.isEmpty());
        eckKey = Objects.requireNonNullElse(eckKey, Optional.<String>empty()).filter(e -> !e.isBlank());
        providerKeys = providerKeys == null ? Set.of() : Set.copyOf(providerKeys);
        birthYear = Objects.requireNonNullElse(birthYear, OptionalInt.empty());
    }

    public static MatchAccount of(String id, Role role, PersonName name, String group) {
        return new MatchAccount(id, role, name, Optional.ofNullable(group), Optional.empty(), Set.of(), 0, OptionalInt.empty());
    }

    public MatchAccount withEckKey(String key) {
        return new MatchAccount(id, role, name, group, Optional.ofNullable(key), providerKeys, resultsCount, birthYear);
    }

    public MatchAccount withProviderKeys(Set<String> keys) {
        return new MatchAccount(id, role, name, group, eckKey, keys, resultsCount, birthYear);
    }
}
