package nl.schoolsupport.poortwachter.entree;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.demo.DemoUser;

/**
 * Entree-shaped users for the built-in demo IdP (and tests): a teacher and pupils with diacritics and
 * tussenvoegsel at OBS De Regenboog (BRIN 12AB, vestiging 12AB00). ECK iDs are made-up values of the real
 * format. Demo data only.
 */
public final class EntreeDemoUsers {

    public static final String SCHOOL_NAME = "OBS De Regenboog";
    /** Where the app serves the demo IdP: entity id {@code {base}/demo-idp/entree}, SSO {@code {base}/demo-idp/entree/sso}. */
    public static final String DEMO_IDP_PATH = "/demo-idp/entree";
    public static final String DEMO_SSO_PATH = DEMO_IDP_PATH + "/sso";

    private EntreeDemoUsers() {
    }

    /** The built-in demo Entree IdP for an app at {@code publicBaseUrl} (fresh signing key; keep one per app run). */
    public static DemoIdentityProvider identityProvider(String publicBaseUrl) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return new DemoIdentityProvider(base + DEMO_IDP_PATH, base + DEMO_SSO_PATH, all());
    }

    public static List<DemoUser> all() {
        return List.of(
                user("docent1", "Docent Anna Jansen", "Anna", "Jansen", "employee",
                        "3f2a9c4e1b7d08a6e5c3f1a2b4d6e8f0a1c3e5f7092b4d6f8a0c2e4f6a8b0c2d"),
                user("leerling1", "Leerling Daan van der Berg", "Daan", "van der Berg", "student",
                        "9b1e7c3a5d2f4086b8e0a1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f60"),
                user("leerling2", "Leerling Zoë Çelik", "Zoë", "Çelik", "student",
                        "c47d2e8f19a3b5c60d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192"));
    }

    private static DemoUser user(String uid, String label, String givenName, String sn, String affiliation, String eckHex) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("uid", List.of(uid));
        attributes.put("givenName", List.of(givenName));
        attributes.put("sn", List.of(sn));
        attributes.put("eduPersonAffiliation", List.of(affiliation));
        attributes.put("nlEduPersonHomeOrganizationId", List.of("12AB"));
        attributes.put("nlEduPersonHomeOrganizationBranchId", List.of("12AB00"));
        attributes.put("nlEduPersonHomeOrganization", List.of(SCHOOL_NAME));
        attributes.put("eckId", List.of("https://ketenid.nl/201703/" + eckHex));
        return new DemoUser(uid, label, uid, attributes);
    }
}
