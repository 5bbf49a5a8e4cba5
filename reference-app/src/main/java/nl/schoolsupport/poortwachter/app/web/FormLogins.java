package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.realm.LoginErrorCode;

/** Shared answer of the form logins: redirect on success, the login page with a message on failure. */
public final class FormLogins {

    private FormLogins() {
    }

    /** Reads {@code username} and {@code password} from the form and logs in through {@code realmId}. */
    public static void login(WebLogin webLogin, LoginPageServlet loginPage, String realmId, String form,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        nl.schoolsupport.poortwachter.realm.PasswordLogin login = new nl.schoolsupport.poortwachter.realm.PasswordLogin(realmId,
                username, password == null ? new char[0] : password.toCharArray(), webLogin.client(request));
        handle(webLogin.login(request, response, login), request, response, loginPage, form,
                username == null || username.length() > nl.schoolsupport.poortwachter.realm.PasswordLogin.MAX_USERNAME_LENGTH
                        ? "" : username.strip());
    }

    public static void handle(WebLogin.Result result, HttpServletRequest request, HttpServletResponse response,
            LoginPageServlet loginPage, String form, String typedUsername) throws IOException {
        if (result instanceof WebLogin.Success success) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", success.redirectTo());
            return;
        }
        WebLogin.Failure failure = (WebLogin.Failure) result;
        String code = failure.reference();
        int status = code.equals(LoginErrorCode.THROTTLED.code()) ? 429
                : code.equals(LoginErrorCode.PROVIDER_UNAVAILABLE.code()) || code.equals(LoginErrorCode.BUSY.code()) ? 503
                : failure.cause().isEmpty() ? 500
                : HttpServletResponse.SC_UNAUTHORIZED;
        Map<String, Object> model = new java.util.HashMap<>(Map.of("errorForm", form, "errorKey", failure.messageKey(),
                "errorReference", code, "typedUsername", typedUsername));
        failure.userText(Locales.resolve(request, response)).ifPresent(text -> model.put("errorText", text));
        loginPage.show(request, response, status, model);
    }
}
