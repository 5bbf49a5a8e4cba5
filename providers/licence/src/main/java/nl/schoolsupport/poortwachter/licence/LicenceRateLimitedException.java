package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import java.time.Duration;
import java.util.Locale;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/** The licence service refused more attempts for now (HTTP 429). Not counted here: the service counts itself. */
public class LicenceRateLimitedException extends LoginFailedException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LicenceRateLimitedException(Duration retryAfter) {
        super(LicenceErrorCode.RATE_LIMITED, "licence service: too many attempts, retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String userMessage(Locale locale) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return UserFacingMessage.isEnglish(locale)
                ? "Too many login attempts. Please try again in " + minutes + (minutes == 1 ? " minute." : " minutes.")
                : "Er zijn te veel inlogpogingen gedaan. Probeer het over " + minutes + (minutes == 1 ? " minuut" : " minuten")
                        + " opnieuw.";
    }
}
