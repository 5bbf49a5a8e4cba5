package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;

/** Renders pages with what every page needs: locale, CSRF token, the logged-in user, the language switch. */
@Singleton
public final class Pages {

    private final Templates templates;

    @Inject
    public Pages(Templates templates) {
        this.templates = templates;
    }

    public Templates templates() {
        return templates;
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
            Map<String, Object> pageModel) throws IOException {
        Locale locale = Locales.resolve(request, response);
        Map<String, Object> model = new HashMap<>(pageModel);
        model.put("csrf", Csrf.token(request));
        model.put("lang", locale.getLanguage());
        model.put("path", request.getRequestURI());
        currentPrincipal().ifPresent(p -> {
            model.put("me", p);
            model.put("realmName", templates.messages().text(locale, "realm." + p.realmId()));
        });
        templates.write(response, status, template, locale, model);
    }

    public static Optional<AccountPrincipal> currentPrincipal() {
        Subject subject = SecurityUtils.getSubject();
        if (subject == null || subject.getPrincipals() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(subject.getPrincipals().oneByType(AccountPrincipal.class));
    }

    public Locale locale(HttpServletRequest request, HttpServletResponse response) {
        return Locales.resolve(request, response);
    }
}
