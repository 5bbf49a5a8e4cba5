package nl.schoolsupport.poortwachter.basispoort.login;

import java.util.Locale;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/** The Basispoort user id is present but cannot be a subject ({@code PW-BASISPOORT-102}); the message has no value. */
public final class BasispoortSubjectInvalidException extends LoginFailedException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    public BasispoortSubjectInvalidException(String source, String problem) {
        super(BasispoortLoginErrorCode.SUBJECT_INVALID, "Basispoort user id from " + source + ": " + problem);
    }

    /** Dutch (default) or English, for the error page; no personal data. */
    @Override
    public String userMessage(Locale locale) {
        return BasispoortLoginMessages.text(BasispoortLoginErrorCode.SUBJECT_INVALID, locale);
    }
}
