package nl.schoolsupport.poortwachter.app.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.privacy.DataProtector;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * After a teacher's login the browser remembers the school, so the login page can show that school's own
 * notices (e.g. "your licence expires"). The cookie carries a keyed hash: nobody can read another school's
 * notices by writing a guessed school key into it.
 */
@Singleton
public final class RememberedSchool {

    static final String COOKIE = "pw_school";
    private static final String PURPOSE = "remembered-school";

    private final DataProtector protector;
    private final boolean secure;

    @Inject
    RememberedSchool(DataProtector protector, AppConfig config) {
        this.protector = protector;
        this.secure = config.secureCookies();
    }

    public void remember(HttpServletResponse response, SchoolKey school) {
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(school.asText().getBytes(StandardCharsets.UTF_8));
        Cookie cookie = new Cookie(COOKIE, key + "." + protector.lookupKey(PURPOSE, school.asText()));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    public Optional<SchoolKey> read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return verify(c.getValue());
            }
        }
        return Optional.empty();
    }

    private Optional<SchoolKey> verify(String value) {
        int dot = value.indexOf('.');
        if (dot <= 0 || value.length() > 400) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] expected = protector.lookupKey(PURPOSE, text).getBytes(StandardCharsets.US_ASCII);
            byte[] sent = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, sent) ? Optional.of(SchoolKey.parse(text)) : Optional.empty();
        } catch (IllegalArgumentException | PoortwachterException e) {
            return Optional.empty();
        }
    }
}
