package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import java.util.Locale;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/** Unknown username or wrong password at the licence service. Counts as a failed attempt (throttling). */
public class LicenceCredentialsRejectedException extends LoginFailedException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    public LicenceCredentialsRejectedException() {
        super(LicenceErrorCode.CREDENTIALS_REJECTED, "licence service: username or password not accepted");
    }

    @Override
    public boolean countsAsFailedAttempt() {
        return true;
    }

    @Override
    public String userMessage(Locale locale) {
        return UserFacingMessage.isEnglish(locale)
                ? "Username or password is not correct. Use the login details you received from Schoolsupport's licence "
                        + "management system and try again."
                : "Gebruikersnaam of wachtwoord klopt niet. Gebruik de inloggegevens die je hebt ontvangen vanuit het "
                        + "Licentiebeheersysteem van Schoolsupport en probeer het opnieuw.";
    }
}
