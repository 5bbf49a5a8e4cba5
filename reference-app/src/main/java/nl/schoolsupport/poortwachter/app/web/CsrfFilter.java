package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses every state-changing request without a valid CSRF token. The SAML Assertion Consumer Services are
 * exempt: the IdP posts there cross-site by design, and the SAML checks (signature, InResponseTo bound to
 * this browser, replay cache) protect them instead.
 */
@Singleton
public final class CsrfFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Templates templates;

    @Inject
    CsrfFilter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (SAFE_METHODS.contains(request.getMethod()) || isExempt(request.getRequestURI()) || Csrf.isValid(request)) {
            chain.doFilter(req, res);
            return;
        }
        LOG.info("Refused {} {} without a valid CSRF token", request.getMethod(), request.getRequestURI());
        templates.write(response, HttpServletResponse.SC_FORBIDDEN, "error", Locales.resolve(request, response),
                Map.of("status", 403, "titleKey", "error.csrf.title", "messageKey", "error.csrf.message", "reference", ""));
    }

    static boolean isExempt(String path) {
        return path.matches("/saml/[a-z0-9-]+/acs");
    }
}
