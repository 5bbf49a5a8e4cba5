package nl.schoolsupport.poortwachter.app.saml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;

/**
 * DEMO only: the built-in IdPs the app serves under {@code /demo-idp/{realm}/} when no real IdP metadata is
 * configured for a realm, with the SP endpoint each answers to.
 */
public final class DemoIdps {

    private final Map<String, DemoIdp> byRealm = new LinkedHashMap<>();

    public void add(String realmId, DemoIdentityProvider idp, String acsUrl, String spEntityId) {
        byRealm.put(realmId, new DemoIdp(idp, acsUrl, spEntityId));
    }

    public Optional<DemoIdp> forRealm(String realmId) {
        return Optional.ofNullable(byRealm.get(realmId));
    }

    public boolean isEmpty() {
        return byRealm.isEmpty();
    }

    /** One demo IdP and the SP it signs responses for. */
    public record DemoIdp(DemoIdentityProvider idp, String acsUrl, String spEntityId) {
    }
}
