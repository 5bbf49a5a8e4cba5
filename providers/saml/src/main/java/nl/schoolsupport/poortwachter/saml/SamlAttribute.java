package nl.schoolsupport.poortwachter.saml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute from a validated assertion. {@code name} is the SAML Name (e.g. {@code urn:oid:2.5.4.42} or
 * {@code givenName}), {@code friendlyName} the optional FriendlyName. Values are personal data: never log them.
 */
public record SamlAttribute(String name, Optional<String> friendlyName, List<String> values) {

    public SamlAttribute {
        Objects.requireNonNull(name, "name");
        friendlyName = Objects.requireNonNullElse(friendlyName, Optional.empty());
        values = List.copyOf(values);
    }

    /** Whether this attribute is known under {@code alias}, as Name or as FriendlyName. */
    public boolean isCalled(String alias) {
        return name.equals(alias) || friendlyName.map(alias::equals).orElse(false);
    }

    @Override
    public String toString() {
        return "SamlAttribute[" + name + friendlyName.map(f -> " (" + f + ")").orElse("") + ", " + values.size() + " value(s)]";
    }
}
