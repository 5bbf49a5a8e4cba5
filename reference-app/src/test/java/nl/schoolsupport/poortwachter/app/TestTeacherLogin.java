package nl.schoolsupport.poortwachter.app;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.google.inject.Module;
import com.google.inject.servlet.ServletModule;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.app.demo.DemoData;
import nl.schoolsupport.poortwachter.app.web.WebLogin;
import nl.schoolsupport.poortwachter.guice.LoginRealmModule;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.InvalidCredentialsException;
import nl.schoolsupport.poortwachter.realm.LoginRealm;
import nl.schoolsupport.poortwachter.realm.LoginRequest;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;

/**
 * An integrator's own login realm, added to the reference app without touching it: it logs in an ICT
 * coordinator of the demo school for tests of teacher pages, through the same Shiro realm and session
 * handling as every other route. Also the runnable example behind docs/embedding.md.
 */
public final class TestTeacherLogin {

    static final String REALM = "test-teacher";
    static final String SECRET = "juf-marieke-test";

    private TestTeacherLogin() {
    }

    public static List<Module> appModules() {
        return List.of(new LoginRealmModule() {
            @Override
            protected void configure() {
                bindLoginRealm().to(TeacherRealm.class);
            }
        });
    }

    public static List<Module> webModules() {
        return List.of(new ServletModule() {
            @Override
            protected void configureServlets() {
                serve("/test/login-teacher").with(TeacherLoginServlet.class);
            }
        });
    }

    static final class TeacherRealm implements LoginRealm {
        @Override
        public String id() {
            return REALM;
        }

        @Override
        public ProvisioningPolicy provisioning() {
            return ProvisioningPolicy.KNOWN_SCHOOLS;
        }

        @Override
        public ExternalIdentity authenticate(LoginRequest request) {
            PasswordLogin login = (PasswordLogin) request;
            if (!SECRET.equals(new String(login.password()))) {
                throw new InvalidCredentialsException(REALM);
            }
            return ExternalIdentity.builder(REALM, login.username()).role(Role.TEACHER)
                    .flags(Set.of(AccountFlag.ICT_COORDINATOR))
                    .name(PersonName.of("Marieke", "de", "Boer"))
                    .school(School.of(DemoData.DEMO_SCHOOL, "OBS De Regenboog", Country.NL)).build();
        }
    }

    @Singleton
    static final class TeacherLoginServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient WebLogin webLogin;

        @Inject
        TeacherLoginServlet(WebLogin webLogin) {
            this.webLogin = webLogin;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            WebLogin.Result result = webLogin.login(request, response, new PasswordLogin(REALM, request.getParameter("username"),
                    request.getParameter("password").toCharArray(), new ClientInfo(request.getRemoteAddr(), "test")));
            if (result instanceof WebLogin.Success success) {
                response.setStatus(303);
                response.setHeader("Location", success.redirectTo());
            } else {
                response.sendError(401);
            }
        }
    }
}
