package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.pupilcode.PupilCodeRealm;

/** {@code POST /login/pupil}: the pupil's own code (username + password from Beheer). */
@Singleton
public final class PupilLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WebLogin webLogin;
    private final transient LoginPageServlet loginPage;

    @Inject
    PupilLoginServlet(WebLogin webLogin, LoginPageServlet loginPage) {
        this.webLogin = webLogin;
        this.loginPage = loginPage;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FormLogins.login(webLogin, loginPage, PupilCodeRealm.ID, "pupil", request, response);
    }
}
