package nl.schoolsupport.poortwachter.app.basispoort;

import com.google.inject.multibindings.Multibinder;
import com.google.inject.servlet.ServletModule;

import nl.schoolsupport.poortwachter.app.web.LoginPageModel.LoginPageContribution;

/** Basispoort in the web app: the support page with the synchronisation status, and the button on {@code /}. */
public final class BasispoortWebModule extends ServletModule {

    @Override
    protected void configureServlets() {
        serve("/beheer/synchronisatie").with(SyncStatusServlet.class);
        Multibinder.newSetBinder(binder(), LoginPageContribution.class).addBinding().to(BasispoortLoginChoice.class);
    }
}
