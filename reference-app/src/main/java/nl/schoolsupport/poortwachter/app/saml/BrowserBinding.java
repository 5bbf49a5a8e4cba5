package nl.schoolsupport.poortwachter.app.saml;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A random key per browser session, handed to the realm when a login starts and when the answer arrives,
 * so a SAML response can only complete a login in the browser that asked for it.
 */
final class BrowserBinding {

    static final String ATTRIBUTE = "pw.browser-binding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserBinding() {
    }

    static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String binding = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, binding);
        return binding;
    }

    static Optional<String> existing(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof String binding ? Optional.of(binding) : Optional.empty();
    }
}
