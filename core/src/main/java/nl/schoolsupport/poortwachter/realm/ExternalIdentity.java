package nl.schoolsupport.poortwachter.realm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.school.School;

/**
 * Who a login provider says the user is. Immutable; produced by a {@link LoginRealm} after every check
 * passed, consumed by the identity resolution that finds or creates the local account.
 *
 * @param realmId       the realm that vouches for this identity
 * @param subject       stable id at that provider (Basispoort user id, Entree uid/NameID, licence user id)
 * @param eckId         the ECK iD when the provider released it
 * @param school        the school as the provider describes it (key, name, country, administrator)
 * @param attributes    the raw attributes, for integrators; may hold personal data: never log them
 * @param authnInstant  when the provider authenticated the user (SAML AuthnInstant), if known
 * @param sessionIndex  the provider's session index (SAML), for single logout
 */
public record ExternalIdentity(
        String realmId,
        String subject,
        Optional<EckId> eckId,
        Role role,
        Set<AccountFlag> flags,
        Optional<School> school,
        PersonName name,
        Optional<String> group,
        Map<String, List<String>> attributes,
        Optional<Instant> authnInstant,
        Optional<String> sessionIndex) {

    public ExternalIdentity {
        Objects.requireNonNull(realmId, "realmId");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        eckId = Objects.requireNonNullElse(eckId, Optional.empty());
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        school = Objects.requireNonNullElse(school, Optional.empty());
        group = Objects.requireNonNullElse(group, Optional.<String>empty()).map(String::strip).filter(g -> !g.isEmpty());
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        authnInstant = Objects.requireNonNullElse(authnInstant, Optional.empty());
        sessionIndex = Objects.requireNonNullElse(sessionIndex, Optional.empty());
    }

    public static Builder builder(String realmId, String subject) {
        return new Builder(realmId, subject);
    }

    @Override
    public String toString() {
        // subject, names and attributes are personal data
        return "ExternalIdentity[realm=" + realmId + ", role=" + role + ", school="
                + school.map(s -> s.key().asText()).orElse("-") + "]";
    }

    /** Fluent construction for realms; only realm id, subject, role and name are required. */
    public static final class Builder {
        private final String realmId;
        private final String subject;
        private Optional<EckId> eckId = Optional.empty();
        private Role role = Role.PUPIL;
        private Set<AccountFlag> flags = Set.of();
        private Optional<School> school = Optional.empty();
        private PersonName name = PersonName.of("", "", "");
        private Optional<String> group = Optional.empty();
        private Map<String, List<String>> attributes = Map.of();
        private Optional<Instant> authnInstant = Optional.empty();
        private Optional<String> sessionIndex = Optional.empty();

        private Builder(String realmId, String subject) {
            this.realmId = realmId;
            this.subject = subject;
        }

        public Builder eckId(Optional<EckId> value) { this.eckId = value; return this; }
        public Builder role(Role value) { this.role = value; return this; }
        public Builder flags(Set<AccountFlag> value) { this.flags = value; return this; }
        public Builder school(School value) { this.school = Optional.ofNullable(value); return this; }
        public Builder name(PersonName value) { this.name = value; return this; }
        public Builder group(String value) { this.group = Optional.ofNullable(value); return this; }
        public Builder attributes(Map<String, List<String>> value) { this.attributes = value; return this; }
        public Builder authnInstant(Instant value) { this.authnInstant = Optional.ofNullable(value); return this; }
        public Builder sessionIndex(String value) { this.sessionIndex = Optional.ofNullable(value); return this; }

        public ExternalIdentity build() {
            return new ExternalIdentity(realmId, subject, eckId, role, flags, school, name, group, attributes,
                    authnInstant, sessionIndex);
        }
    }
}
