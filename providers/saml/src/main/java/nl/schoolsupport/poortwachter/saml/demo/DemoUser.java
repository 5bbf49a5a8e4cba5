package nl.schoolsupport.poortwachter.saml.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user of the built-in demo IdP: the login id shown on the demo page, a label ("Docent Anna Jansen"), the
 * NameID to assert, and the attributes to release (SAML Name → values, in order). Profiles supply their own
 * lists (Entree-shaped, Basispoort-shaped attributes).
 */
public record DemoUser(String id, String label, String nameId, Map<String, List<String>> attributes) {

    public DemoUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(nameId, "nameId");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        attributes.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        attributes = java.util.Collections.unmodifiableMap(copy);
    }
}
