package nl.schoolsupport.poortwachter.saml;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a response proved, after every check passed: handed to an {@link AttributeMapper}. Free of OpenSAML
 * types. Holds personal data (NameID, attributes); {@link #toString()} shows none of it.
 *
 * @param issuer        the IdP entity id
 * @param nameId        the Subject's NameID value, exactly as signed
 * @param nameIdFormat  the NameID Format, if given
 * @param attributes    every attribute, in document order
 * @param authnInstant  AuthnStatement/@AuthnInstant
 * @param sessionIndex  AuthnStatement/@SessionIndex
 * @param inResponseTo  the id of our AuthnRequest; empty for an unsolicited response
 * @param assertionId   the Assertion ID (recorded in the replay cache)
 */
public record SamlAssertion(String issuer, String nameId, Optional<String> nameIdFormat, List<SamlAttribute> attributes,
        Optional<Instant> authnInstant, Optional<String> sessionIndex, Optional<String> inResponseTo, String assertionId) {

    public SamlAssertion {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(nameId, "nameId");
        nameIdFormat = Objects.requireNonNullElse(nameIdFormat, Optional.empty());
        attributes = List.copyOf(attributes);
        authnInstant = Objects.requireNonNullElse(authnInstant, Optional.empty());
        sessionIndex = Objects.requireNonNullElse(sessionIndex, Optional.empty());
        inResponseTo = Objects.requireNonNullElse(inResponseTo, Optional.empty());
        Objects.requireNonNull(assertionId, "assertionId");
    }

    /** The values of the first attribute known under any of {@code aliases} (Name or FriendlyName), in alias order. */
    public List<String> values(String... aliases) {
        for (String alias : aliases) {
            for (SamlAttribute attribute : attributes) {
                if (attribute.isCalled(alias) && !attribute.values().isEmpty()) {
                    return attribute.values();
                }
            }
        }
        return List.of();
    }

    /** The first non-blank value under any of {@code aliases}. */
    public Optional<String> first(String... aliases) {
        return values(aliases).stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }

    /** Attributes by Name, for {@code ExternalIdentity.attributes()}. */
    public Map<String, List<String>> attributeMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (SamlAttribute attribute : attributes) {
            map.merge(attribute.name(), attribute.values(), (a, b) -> {
                List<String> all = new java.util.ArrayList<>(a);
                all.addAll(b);
                return List.copyOf(all);
            });
        }
        return map;
    }

    @Override
    public String toString() {
        return "SamlAssertion[issuer=" + issuer + ", " + attributes.size() + " attribute(s), solicited=" + inResponseTo.isPresent() + "]";
    }
}
