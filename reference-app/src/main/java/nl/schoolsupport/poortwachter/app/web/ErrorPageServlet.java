package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Friendly error pages (400, 403, 404, 405, 500, ...), also for errors Jetty itself raises. An unexpected
 * exception gets a random reference that is logged with the stack trace, so the helpdesk can find it.
 */
@Singleton
public final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageServlet.class);

    private final transient Pages pages;

    @Inject
    ErrorPageServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = "/fout/geen-toegang".equals(request.getRequestURI()) ? 403 : statusOf(request);
        String reference = "";
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Throwable t) {
            reference = "ERR-" + Long.toHexString(Double.doubleToLongBits(Math.random())).substring(0, 8).toUpperCase();
            LOG.error("Unexpected error {} on {} {}", reference, request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        String kind = switch (status) {
            case 400, 403, 404, 405 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
        response.resetBuffer();
        pages.render(request, response, status, "error", Map.of("status", status, "titleKey", "error." + kind + ".title",
                "messageKey", "error." + kind + ".message", "reference", reference));
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 404;
    }
}
