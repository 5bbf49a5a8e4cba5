package nl.schoolsupport.poortwachter.app.saml;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import nl.schoolsupport.poortwachter.entree.EntreeAttributeMissingException;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.error.UserFacingMessage;

/** The user's text for a provider's failure: its own message, or the provider's bundle text for the code. */
final class ProviderMessages {

    private static final List<String> BUNDLES = List.of("nl.schoolsupport.poortwachter.saml.SamlMessages",
            "nl.schoolsupport.poortwachter.entree.EntreeMessages");

    private ProviderMessages() {
    }

    static Optional<String> text(PoortwachterException failure, Locale locale) {
        if (failure instanceof UserFacingMessage own) {
            return Optional.of(own.userMessage(locale));
        }
        String code = failure.errorCode().code();
        Object[] arguments = failure instanceof EntreeAttributeMissingException missing ? new Object[] {missing.attribute()}
                : new Object[0];
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(code)) {
                    return Optional.of(new MessageFormat(bundle.getString(code), locale).format(arguments));
                }
            } catch (MissingResourceException e) {
                // this provider has no bundle for the locale
            }
        }
        return Optional.empty();
    }
}
