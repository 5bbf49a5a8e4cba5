package nl.schoolsupport.poortwachter.app.licence;

import com.google.inject.multibindings.Multibinder;
import com.google.inject.servlet.ServletModule;

import nl.schoolsupport.poortwachter.app.web.LoginPageModel.LoginPageContribution;
import nl.schoolsupport.poortwachter.app.web.TeacherHomeServlet.TeacherHomeContribution;

/** Teacher login with licence credentials (Flemish schools): the form on {@code /}, and the licence on the teacher home. */
public final class LicenceWebModule extends ServletModule {

    @Override
    protected void configureServlets() {
        serve("/login/licence").with(LicenceLoginServlet.class);
        Multibinder.newSetBinder(binder(), LoginPageContribution.class).addBinding().toInstance((page, request) -> page.enable("licence"));
        Multibinder.newSetBinder(binder(), TeacherHomeContribution.class).addBinding().to(LicenceStatusContribution.class);
    }
}
