package nl.schoolsupport.poortwachter.app.web;

import org.apache.shiro.guice.web.GuiceShiroFilter;

import com.google.inject.multibindings.Multibinder;
import com.google.inject.servlet.ServletModule;

import nl.schoolsupport.poortwachter.app.web.LoginPageModel.LoginPageContribution;
import nl.schoolsupport.poortwachter.app.web.TeacherHomeServlet.TeacherHomeContribution;

/**
 * The reference app's pages and filters. Order matters: security headers, then Shiro (subject per request),
 * then CSRF, then the servlets. Features add their own {@code ServletModule}s next to this one.
 */
public final class WebModule extends ServletModule {

    @Override
    protected void configureServlets() {
        Multibinder.newSetBinder(binder(), LoginPageContribution.class);
        Multibinder.newSetBinder(binder(), TeacherHomeContribution.class);
        Multibinder.newSetBinder(binder(), LoginPageContribution.class).addBinding().toInstance((page, request) -> page.enable("pupil"));
        Multibinder.newSetBinder(binder(), LoginPageContribution.class).addBinding().to(LoginNotices.class);

        filter("/*").through(SecurityHeadersFilter.class);
        filter("/*").through(GuiceShiroFilter.class);
        filter("/*").through(LoginRevalidationFilter.class);
        filter("/*").through(CsrfFilter.class);

        serve("/").with(LoginPageServlet.class);
        serve("/login/pupil").with(PupilLoginServlet.class);
        serve("/logout").with(LogoutServlet.class);
        serve("/api/me").with(MeServlet.class);
        serve("/health").with(HealthServlet.class);
        serve("/leerling").with(PupilHomeServlet.class);
        serve("/leraar").with(TeacherHomeServlet.class);
        serve("/static/*").with(StaticResourceServlet.class);
        serve("/fout/*").with(ErrorPageServlet.class);
    }
}
