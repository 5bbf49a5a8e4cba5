package nl.schoolsupport.poortwachter.app.saml;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import nl.schoolsupport.poortwachter.app.web.LoginPageModel;
import nl.schoolsupport.poortwachter.app.web.LoginPageModel.LoginPageContribution;
import nl.schoolsupport.poortwachter.entree.EntreeRealm;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;

/** "Inloggen met Entree" on the login page, when the Entree realm is installed ({@code entree.enabled}). */
final class EntreeLoginChoice implements LoginPageContribution {

    private final boolean installed;

    @Inject
    EntreeLoginChoice(PoortwachterRealm realms) {
        this.installed = realms.loginRealm(EntreeRealm.ID).isPresent();
    }

    @Override
    public void contribute(LoginPageModel page, HttpServletRequest request) {
        if (installed) {
            page.enable("entree");
        }
    }
}
