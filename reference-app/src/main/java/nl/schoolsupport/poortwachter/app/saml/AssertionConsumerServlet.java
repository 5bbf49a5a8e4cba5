package nl.schoolsupport.poortwachter.app.saml;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.app.web.Pages;
import nl.schoolsupport.poortwachter.basispoort.login.UnknownTileUser;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;
import nl.schoolsupport.poortwachter.sync.UnknownUserExplanation;
import nl.schoolsupport.poortwachter.app.web.WebLogin;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.realm.RedirectingLoginRealm;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;

/**
 * {@code POST /saml/{realm}/acs} (HTTP-POST binding). The IdP's form arrives cross-site, so a SameSite=Lax
 * session cookie is not sent with it; without our cookie the request is "bounced" once: a page on our own
 * origin re-posts the same fields, and that same-site POST carries the session, so InResponseTo can be
 * checked against this browser's pending request. Then the login goes through Shiro like every other route.
 */
@Singleton
public final class AssertionConsumerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String BOUNCED = "pw_bounced";
    private static final List<String> SAML_FIELDS = List.of("SAMLResponse", "RelayState");
    private static final int MAX_FIELD_LENGTH = 512 * 1024;

    private final transient PoortwachterRealm realms;
    private final transient WebLogin webLogin;
    private final transient Pages pages;
    private final transient Optional<SyncStatusService> syncStatus;

    @Inject
    AssertionConsumerServlet(PoortwachterRealm realms, WebLogin webLogin, Pages pages, Optional<SyncStatusService> syncStatus) {
        this.realms = realms;
        this.webLogin = webLogin;
        this.pages = pages;
        this.syncStatus = syncStatus;
    }

    /**
     * A Basispoort user we do not know yet: not an error of the user's, but (mostly) a school whose data has not
     * been synchronised. Says so, with the school's checklist ("is the toggle for Uitgeverij Schoolsupport on?").
     */
    private void showNotSynchronised(HttpServletRequest request, HttpServletResponse response, UnknownUserExplanation why,
            String reference) throws IOException {
        java.util.Locale locale = pages.locale(request, response);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("explanation", why.text(locale));
        model.put("items", why.checklist().map(c -> c.items().stream().map(i -> Map.of("question", i.question(locale),
                "text", i.text(locale), "verdict", i.verdict().name().toLowerCase(java.util.Locale.ROOT))).toList()).orElse(List.of()));
        model.put("reference", reference);
        pages.render(request, response, HttpServletResponse.SC_FORBIDDEN, "not-synchronised", model);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RedirectingLoginRealm> realm = SamlPaths.realm(realms, request.getRequestURI(), "acs");
        if (realm.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : SAML_FIELDS) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                for (String v : values) {
                    if (v.length() > MAX_FIELD_LENGTH) {
                        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                        return;
                    }
                }
                parameters.put(name, List.of(values));
            }
        }
        boolean singleValued = parameters.values().stream().allMatch(v -> v.size() == 1);
        if (request.getRequestedSessionId() == null && request.getParameter(BOUNCED) == null && !parameters.isEmpty()
                && singleValued) {
            bounce(request, response, parameters);
            return;
        }
        ProtocolCallback callback = new ProtocolCallback(realm.get().id(), parameters, BrowserBinding.existing(request),
                webLogin.client(request));
        WebLogin.Result result = webLogin.login(request, response, callback);
        if (result instanceof WebLogin.Success success) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", success.redirectTo());
        } else {
            WebLogin.Failure failure = (WebLogin.Failure) result;
            Optional<UnknownUserExplanation> notSynchronised = failure.cause()
                    .flatMap(cause -> syncStatus.flatMap(status -> UnknownTileUser.explain(cause, status)));
            if (notSynchronised.isPresent()) {
                showNotSynchronised(request, response, notSynchronised.get(), failure.reference());
            } else {
                SamlErrors.show(pages, request, response, failure.cause());
            }
        }
    }

    private void bounce(HttpServletRequest request, HttpServletResponse response, Map<String, List<String>> parameters)
            throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        parameters.forEach((k, v) -> fields.put(k, v.get(0)));
        fields.put(BOUNCED, "1");
        // rendered without a session: a new session cookie here would replace the one that holds the binding
        pages.templates().write(response, HttpServletResponse.SC_OK, "autopost", pages.locale(request, response),
                Map.of("action", request.getRequestURI(), "fields", fields, "lang", "nl", "path", request.getRequestURI()));
    }
}
