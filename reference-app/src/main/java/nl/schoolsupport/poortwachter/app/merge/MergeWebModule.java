package nl.schoolsupport.poortwachter.app.merge;

import com.google.inject.servlet.ServletModule;

/** {@code /beheer/samenvoegen}: the ICT coordinator's merge screen (Shiro permission {@code accounts:merge}). */
public final class MergeWebModule extends ServletModule {

    @Override
    protected void configureServlets() {
        serve("/beheer/samenvoegen", "/beheer/samenvoegen/*").with(MergeServlet.class);
    }
}
