package nl.schoolsupport.poortwachter.app.basispoort;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import nl.schoolsupport.poortwachter.app.saml.DemoIdps;
import nl.schoolsupport.poortwachter.app.web.LoginPageModel;
import nl.schoolsupport.poortwachter.app.web.LoginPageModel.LoginPageContribution;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortLoginRealm;

/** "Inloggen met Basispoort" on the login page, plus a link to the demo portal when the demo IdP is in use. */
final class BasispoortLoginChoice implements LoginPageContribution {

    private final DemoIdps demoIdps;

    @Inject
    BasispoortLoginChoice(DemoIdps demoIdps) {
        this.demoIdps = demoIdps;
    }

    @Override
    public void contribute(LoginPageModel page, HttpServletRequest request) {
        page.enable("basispoort");
        if (demoIdps.forRealm(BasispoortLoginRealm.ID).isPresent()) {
            page.enable("basispoort-demo");
        }
    }
}
