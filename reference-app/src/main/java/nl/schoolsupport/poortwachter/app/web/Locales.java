package nl.schoolsupport.poortwachter.app.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dutch by default. English when chosen with the language switch ({@code ?lang=en}, remembered in a cookie)
 * or, without a choice, when the browser prefers English over Dutch.
 */
public final class Locales {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final String COOKIE = "pw_lang";

    private Locales() {
    }

    public static Locale resolve(HttpServletRequest request, HttpServletResponse response) {
        String chosen = request.getParameter("lang");
        if ("nl".equals(chosen) || "en".equals(chosen)) {
            Cookie cookie = new Cookie(COOKIE, chosen);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return chosen.equals("en") ? Locale.ENGLISH : DUTCH;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return "en".equals(c.getValue()) ? Locale.ENGLISH : DUTCH;
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return DUTCH;
        }
        for (Locale preferred : java.util.Collections.list(request.getLocales())) {
            if (preferred.getLanguage().equals("nl")) {
                return DUTCH;
            }
            if (preferred.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return DUTCH;
    }
}
