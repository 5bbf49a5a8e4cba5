package nl.schoolsupport.poortwachter.app.web;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.LoginRequest;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.shiro.LoginOutcome;
import nl.schoolsupport.poortwachter.shiro.LoginToken;

/**
 * The one place where the web layer logs someone in, for every login route: Shiro login through the
 * {@code PoortwachterRealm}, then a new session id (no session fixation) and a new CSRF token.
 */
@Singleton
public final class WebLogin {

    private static final Logger LOG = LoggerFactory.getLogger(WebLogin.class);

    private final RememberedSchool rememberedSchool;
    private final ClientAddresses addresses;

    @Inject
    public WebLogin(RememberedSchool rememberedSchool, ClientAddresses addresses) {
        this.rememberedSchool = rememberedSchool;
        this.addresses = addresses;
    }

    /** Who is logging in from where, as the realms and their throttling see it. */
    public ClientInfo client(HttpServletRequest request) {
        return new ClientInfo(addresses.of(request), request.getHeader("User-Agent"));
    }

    /** Logs in; returns where to go next. Failures carry the {@link PoortwachterException} with the error code. */
    public Result login(HttpServletRequest request, HttpServletResponse response, LoginRequest loginRequest) {
        // No logout first: a failed attempt (e.g. a forged SAML response posted cross-site) must leave the
        // current session alone; a successful one replaces the principal and rotates the session id below.
        Subject subject = SecurityUtils.getSubject();
        LoginToken token = new LoginToken(loginRequest);
        try {
            subject.login(token);
        } catch (AuthenticationException e) {
            PoortwachterException cause = PoortwachterException.findIn(e).orElse(null);
            if (cause == null) {
                LOG.error("Login through realm {} failed unexpectedly", loginRequest.realmId(), e);
            } else {
                LOG.info("Login through realm {} refused: {}", loginRequest.realmId(), cause.getMessage());
            }
            return new Failure(Optional.ofNullable(cause));
        }
        request.changeSessionId();
        HttpSession session = request.getSession();
        Csrf.renew(session);
        LoginOutcome outcome = token.outcome().orElseThrow();
        if (outcome.principal().role() == Role.TEACHER) {
            rememberedSchool.remember(response, outcome.principal().school());
        }
        LOG.info("Login: account {} via {} ({})", outcome.principal().accountId(), loginRequest.realmId(), outcome.path());
        String next = outcome.returnTo().or(() -> savedRequest(request, outcome.principal())).orElse(homeOf(outcome.principal()));
        return new Success(outcome.principal(), next);
    }

    /** The protected page that sent the user to the login page, if it belongs to the user's own area. */
    private static Optional<String> savedRequest(HttpServletRequest request, AccountPrincipal principal) {
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        if (saved == null || saved.getRequestURI() == null || !"GET".equals(saved.getMethod())) {
            return Optional.empty();
        }
        String path = saved.getRequestURI();
        boolean ownArea = principal.role() == Role.TEACHER ? path.startsWith("/leraar") || path.startsWith("/beheer")
                : path.startsWith("/leerling");
        return ownArea && path.startsWith("/") && !path.startsWith("//") ? Optional.of(path) : Optional.empty();
    }

    public static String homeOf(AccountPrincipal principal) {
        return principal.role() == Role.TEACHER ? "/leraar" : "/leerling";
    }

    /** What a login attempt produced. */
    public sealed interface Result permits Success, Failure {
    }

    public record Success(AccountPrincipal principal, String redirectTo) implements Result {
    }

    public record Failure(Optional<PoortwachterException> cause) implements Result {

        /** A text the failure itself offers the user (e.g. licence states), in the page's language. */
        public Optional<String> userText(java.util.Locale locale) {
            return cause.filter(c -> c instanceof nl.schoolsupport.poortwachter.error.UserFacingMessage)
                    .map(c -> ((nl.schoolsupport.poortwachter.error.UserFacingMessage) c).userMessage(locale));
        }

        /** The message key for the user: {@code error.<code>}, or the generic one. */
        public String messageKey() {
            return cause.map(c -> "error." + c.errorCode().code()).orElse("error.unexpected");
        }

        public String reference() {
            return cause.map(c -> c.errorCode().code()).orElse("PW-UNEXPECTED");
        }
    }
}
