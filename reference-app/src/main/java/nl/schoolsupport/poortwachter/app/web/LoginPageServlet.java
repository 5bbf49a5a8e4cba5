package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.app.web.LoginPageModel.LoginPageContribution;

/** {@code GET /}: notices and every way to log in. Features contribute their parts through {@link LoginPageModel}. */
@Singleton
public final class LoginPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Pages pages;
    private final transient Set<LoginPageContribution> contributions;

    @Inject
    LoginPageServlet(Pages pages, Set<LoginPageContribution> contributions) {
        this.pages = pages;
        this.contributions = contributions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(request, response, HttpServletResponse.SC_OK, Map.of());
    }

    /** Renders the login page, optionally with an error for one of the forms. */
    public void show(HttpServletRequest request, HttpServletResponse response, int status, Map<String, Object> extra)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        LoginPageModel page = new LoginPageModel(pages.locale(request, response));
        for (LoginPageContribution c : contributions) {
            c.contribute(page, request);
        }
        model.put("page", page);
        model.put("loggedOut", request.getParameter("afgemeld") != null);
        model.putAll(extra);
        pages.render(request, response, status, "login", model);
    }
}
