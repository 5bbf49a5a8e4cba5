package nl.schoolsupport.poortwachter.app.saml;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.realm.RedirectingLoginRealm;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;

/** {@code /saml/{realm}/{endpoint}}: finds the redirecting realm a path is for. */
final class SamlPaths {

    private static final Pattern PATH = Pattern.compile("/saml/([a-z0-9-]{1,40})/([a-z]+)");

    private SamlPaths() {
    }

    static Optional<RedirectingLoginRealm> realm(PoortwachterRealm realms, String path, String endpoint) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || !m.group(2).equals(endpoint)) {
            return Optional.empty();
        }
        return realms.loginRealm(m.group(1)).filter(RedirectingLoginRealm.class::isInstance).map(RedirectingLoginRealm.class::cast);
    }
}
