package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.store.AccountStore;

/** {@code GET /leerling}: the pupil area (role-checked by Shiro's filter chain). */
@Singleton
public final class PupilHomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Pages pages;
    private final transient AccountStore store;

    @Inject
    PupilHomeServlet(Pages pages, AccountStore store) {
        this.pages = pages;
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccountPrincipal me = Pages.currentPrincipal().orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("school", store.findSchool(me.school()).orElse(null));
        model.put("account", store.findAccount(me.accountId()).orElse(null));
        pages.render(request, response, HttpServletResponse.SC_OK, "pupil-home", model);
    }
}
