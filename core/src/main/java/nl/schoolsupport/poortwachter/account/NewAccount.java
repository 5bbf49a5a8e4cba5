package nl.schoolsupport.poortwachter.account;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/** What is needed to create an account; the store assigns id, version and timestamps. */
public record NewAccount(SchoolKey school, Role role, Set<AccountFlag> flags, PersonName name, Optional<String> group) {

    public NewAccount {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        group = Objects.requireNonNullElse(group, Optional.<String>empty()).map(String::strip).filter(g -> !g.isEmpty());
    }

    public static NewAccount pupil(SchoolKey school, PersonName name, String group) {
        return new NewAccount(school, Role.PUPIL, Set.of(), name, Optional.ofNullable(group));
    }

    public static NewAccount teacher(SchoolKey school, PersonName name, Set<AccountFlag> flags) {
        return new NewAccount(school, Role.TEACHER, flags, name, Optional.empty());
    }
}
