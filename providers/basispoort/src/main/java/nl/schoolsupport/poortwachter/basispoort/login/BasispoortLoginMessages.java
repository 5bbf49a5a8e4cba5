package nl.schoolsupport.poortwachter.basispoort.login;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;

/** The user's texts for the tile login codes: Dutch by default, English on request (bundle {@value #BUNDLE}). */
final class BasispoortLoginMessages {

    static final String BUNDLE = "nl.schoolsupport.poortwachter.basispoort.login.BasispoortLoginMessages";
    // without this, a machine whose default locale is Dutch would answer an English request in Dutch
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BasispoortLoginMessages() {
    }

    static String text(BasispoortLoginErrorCode code, Locale locale) {
        Locale wanted = UserFacingMessage.isEnglish(locale) ? Locale.ROOT : new Locale("nl");
        try {
            return ResourceBundle.getBundle(BUNDLE, wanted, BasispoortLoginMessages.class.getClassLoader(), NO_FALLBACK)
                    .getString(code.code());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + code.code() + " in " + BUNDLE, e);
        }
    }
}
