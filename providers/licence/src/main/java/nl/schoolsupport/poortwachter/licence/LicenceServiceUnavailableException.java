package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import java.util.Locale;

import nl.schoolsupport.poortwachter.realm.ProviderUnavailableException;

/**
 * The licence service could not give a usable answer: unreachable, too slow, a server error, garbage or an
 * oversized answer. Never the teacher's fault, never counted as a failed password; {@link #errorCode()} tells
 * support which of these it was. The message (for logs) holds the technical reason, never the request body.
 */
public class LicenceServiceUnavailableException extends ProviderUnavailableException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    public LicenceServiceUnavailableException(LicenceErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    public LicenceServiceUnavailableException(LicenceErrorCode code, String message) {
        this(code, message, null);
    }

    @Override
    public String userMessage(Locale locale) {
        return UserFacingMessage.isEnglish(locale)
                ? "The licence service is unavailable at the moment. Please try again in a few minutes."
                : "De licentieservice is op dit moment niet bereikbaar. Probeer het over een paar minuten opnieuw.";
    }
}
