package nl.schoolsupport.poortwachter.app.saml;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.app.web.Pages;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortDemoUsers;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortLoginRealm;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.saml.demo.PostForm;

/**
 * DEMO only: a built-in identity provider page. {@code GET /demo-idp/{realm}/sso?SAMLRequest=...} shows the demo
 * users to choose from (SP-initiated); {@code GET /demo-idp/{realm}/} the same without a request (IdP-initiated,
 * like a portal tile). Choosing a user posts a really signed SAML response to our ACS, which checks it exactly
 * as it checks a real IdP's.
 */
@Singleton
public final class DemoIdpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoIdpServlet.class);
    private static final Pattern PATH = Pattern.compile("/demo-idp/([a-z0-9-]{1,40})/(sso)?");

    private final transient DemoIdps demoIdps;
    private final transient Pages pages;
    private final transient Optional<DemoDirectory> basispoortDirectory;

    @Inject
    DemoIdpServlet(DemoIdps demoIdps, Pages pages, Optional<DemoDirectory> basispoortDirectory) {
        this.demoIdps = demoIdps;
        this.pages = pages;
        this.basispoortDirectory = basispoortDirectory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DemoIdps.DemoIdp> idp = idpOf(request);
        if (idp.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("realm", realmOf(request));
        model.put("users", idp.get().idp().users());
        model.put("samlRequest", Optional.ofNullable(request.getParameter("SAMLRequest")).orElse(""));
        model.put("relayState", Optional.ofNullable(request.getParameter("RelayState")).orElse(""));
        model.put("action", request.getRequestURI());
        if (BasispoortLoginRealm.ID.equals(realmOf(request)) && basispoortDirectory.isPresent()) {
            Locale locale = pages.locale(request, response);
            model.put("portal", BasispoortDemoUsers.portal(basispoortDirectory.get(), LocalDate.now(ZoneId.of("Europe/Amsterdam")))
                    .stream().map(e -> Map.of("userId", e.userId(), "name", e.displayName(), "school", e.schoolName(),
                            "role", e.roleLabel(locale), "outcome", e.outcome().text(locale),
                            "logsIn", e.outcome() == BasispoortDemoUsers.TileOutcome.LOGS_IN)).toList());
            pages.render(request, response, HttpServletResponse.SC_OK, "demo-portal", model);
            return;
        }
        pages.render(request, response, HttpServletResponse.SC_OK, "demo-idp", model);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DemoIdps.DemoIdp> idp = idpOf(request);
        String userId = request.getParameter("user");
        if (idp.isEmpty() || userId == null || idp.get().idp().user(userId).isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<String> samlRequest = Optional.ofNullable(request.getParameter("SAMLRequest")).filter(s -> !s.isBlank());
        Optional<String> relayState = Optional.ofNullable(request.getParameter("RelayState")).filter(s -> !s.isBlank());
        try {
            PostForm form = idp.get().idp().respond(samlRequest, userId, idp.get().acsUrl(), idp.get().spEntityId(), relayState);
            pages.render(request, response, HttpServletResponse.SC_OK, "autopost",
                    Map.of("action", form.actionUrl(), "fields", form.fields()));
        } catch (PoortwachterException | IllegalArgumentException e) {
            LOG.info("Demo IdP refused the request: {}", e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private Optional<DemoIdps.DemoIdp> idpOf(HttpServletRequest request) {
        String realm = realmOf(request);
        return realm == null ? Optional.empty() : demoIdps.forRealm(realm);
    }

    private static String realmOf(HttpServletRequest request) {
        Matcher m = PATH.matcher(request.getRequestURI());
        return m.matches() ? m.group(1) : null;
    }
}
