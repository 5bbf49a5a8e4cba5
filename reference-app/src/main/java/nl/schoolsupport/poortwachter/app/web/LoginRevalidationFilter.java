package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.shiro.LoginRevalidation;

/**
 * Logs a user out as soon as their login no longer holds ({@link LoginRevalidation}: code deactivated, account
 * departed or merged, role or duties changed), checking at most once per {@code session.recheck-interval} per
 * session. Shiro's filters for the path have already let the request through as logged in, so the request is
 * answered here: the API with 401, pages with a redirect to the same address for GET and HEAD (which then runs
 * anonymously, so a protected page sends the user to the login page), other methods to the login page.
 * If the check itself fails (database unavailable) the session is kept and checked again on the next request.
 */
@Singleton
public final class LoginRevalidationFilter implements Filter {

    static final String CHECKED_AT = "pw.login-checked-at";

    private static final Logger LOG = LoggerFactory.getLogger(LoginRevalidationFilter.class);

    private final LoginRevalidation revalidation;
    private final long intervalMillis;
    private final ObjectMapper json;

    @Inject
    LoginRevalidationFilter(LoginRevalidation revalidation, AppConfig config, ObjectMapper json) {
        this.revalidation = revalidation;
        this.json = json;
        this.intervalMillis = config.settings().getDuration("session.recheck-interval", Duration.ofMinutes(1)).toMillis();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<AccountPrincipal> principal = Pages.currentPrincipal();
        if (principal.isPresent() && !stillValid(SecurityUtils.getSubject(), principal.get())) {
            SecurityUtils.getSubject().logout();
            HttpServletRequest http = (HttpServletRequest) request;
            if (http.getRequestURI().startsWith("/api/")) {
                MeServlet.writeNotLoggedIn((HttpServletResponse) response, json);
                return;
            }
            boolean safe = http.getMethod().equals("GET") || http.getMethod().equals("HEAD");
            String again = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
            HttpServletResponse answer = (HttpServletResponse) response;
            answer.setStatus(safe ? HttpServletResponse.SC_FOUND : HttpServletResponse.SC_SEE_OTHER);
            answer.setHeader("Location", safe ? again : "/");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Subject subject, AccountPrincipal principal) {
        Session session = subject.getSession(false);
        long now = System.currentTimeMillis();
        if (session == null || session.getAttribute(CHECKED_AT) instanceof Long checkedAt && now - checkedAt < intervalMillis) {
            return true;
        }
        boolean valid;
        try {
            valid = revalidation.stillValid(principal);
        } catch (RuntimeException e) {
            LOG.warn("Could not recheck the login of account {}; keeping the session for now: {}", principal.accountId(),
                    e.toString());
            return true;
        }
        if (valid) {
            session.setAttribute(CHECKED_AT, now);
        } else {
            LOG.info("Ending the session of account {} (via {}): the login no longer holds", principal.accountId(),
                    principal.realmId());
        }
        return valid;
    }
}
