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
        FormLogins.login(webLogin, loginPage, LicenceRealm.ID, "licence", request, response);
    }
}
