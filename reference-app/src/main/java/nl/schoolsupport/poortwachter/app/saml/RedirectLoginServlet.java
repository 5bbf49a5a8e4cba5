package nl.schoolsupport.poortwachter.app.saml;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.app.web.Pages;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.RedirectingLoginRealm;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;

/**
 * {@code GET /saml/{realm}/login?returnTo=PATH}: starts a login at the realm's IdP (302 with the
 * AuthnRequest, HTTP-Redirect binding). The realm checks {@code returnTo} against its allow-list and binds the
 * pending request to this browser.
 */
@Singleton
public final class RedirectLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RedirectLoginServlet.class);

    private final transient PoortwachterRealm realms;
    private final transient Pages pages;

    @Inject
    RedirectLoginServlet(PoortwachterRealm realms, Pages pages) {
        this.realms = realms;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RedirectingLoginRealm> realm = SamlPaths.realm(realms, request.getRequestURI(), "login");
        if (realm.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            RedirectInstruction redirect = realm.get().start(new StartLogin(Optional.ofNullable(request.getParameter("returnTo")),
                    Optional.of(BrowserBinding.of(request)), "true".equals(request.getParameter("forceAuthn"))));
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", redirect.location().toString());
        } catch (PoortwachterException e) {
            LOG.info("Starting a {} login failed: {}", realm.get().id(), e.getMessage());
            SamlErrors.show(pages, request, response, e);
        }
    }
}
