package nl.schoolsupport.poortwachter.app.licence;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.app.web.FormLogins;
import nl.schoolsupport.poortwachter.app.web.LoginPageServlet;
import nl.schoolsupport.poortwachter.app.web.WebLogin;
import nl.schoolsupport.poortwachter.licence.LicenceRealm;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;

/** {@code POST /login/licence}: username + password from Schoolsupport's licence management system. */
@Singleton
public final class LicenceLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WebLogin webLogin;
    private final transient LoginPageServlet loginPage;

    @Inject
    LicenceLoginServlet(WebLogin webLogin, LoginPageServlet loginPage) {
        this.webLogin = webLogin;
        this.loginPage = loginPage;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        PasswordLogin login = new PasswordLogin(LicenceRealm.ID, username, password == null ? new char[0] : password.toCharArray(),
                WebLogin.client(request));
        FormLogins.handle(webLogin.login(request, response, login), request, response, loginPage, "licence",
                username == null || username.length() > PasswordLogin.MAX_USERNAME_LENGTH ? "" : username.strip());
    }
}
