package nl.schoolsupport.poortwachter.app.saml;

import com.google.inject.multibindings.Multibinder;
import com.google.inject.servlet.ServletModule;

import nl.schoolsupport.poortwachter.app.web.LoginPageModel.LoginPageContribution;

/** The SAML endpoints of DESIGN.md §5 for every redirecting realm: {@code /saml/{realm}/login|acs|metadata}. */
public final class SamlWebModule extends ServletModule {

    @Override
    protected void configureServlets() {
        serveRegex("/saml/[a-z0-9-]+/login").with(RedirectLoginServlet.class);
        serveRegex("/saml/[a-z0-9-]+/acs").with(AssertionConsumerServlet.class);
        serveRegex("/saml/[a-z0-9-]+/metadata").with(SamlMetadataServlet.class);
        serveRegex("/demo-idp/[a-z0-9-]+/(sso)?").with(DemoIdpServlet.class);
        Multibinder.newSetBinder(binder(), LoginPageContribution.class).addBinding().to(EntreeLoginChoice.class);
    }
}
