package nl.schoolsupport.poortwachter.app.beheer;

import com.google.inject.servlet.ServletModule;

/** Beheer: the teacher's administration of pupils and their own-code logins ({@code /beheer}). */
public final class BeheerModule extends ServletModule {

    @Override
    protected void configureServlets() {
        serve("/beheer", "/beheer/leerlingen", "/beheer/leerlingen/*", "/beheer/kaarten").with(BeheerServlet.class);
    }
}
