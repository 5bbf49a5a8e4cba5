package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.pupilcode.PupilCodeRealm;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;

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
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        PasswordLogin login = new PasswordLogin(PupilCodeRealm.ID, username,
                password == null ? new char[0] : password.toCharArray(), WebLogin.client(request));
        FormLogins.handle(webLogin.login(request, response, login), request, response, loginPage, "pupil",
                username == null || username.length() > PasswordLogin.MAX_USERNAME_LENGTH ? "" : username.strip());
    }
}
