package nl.schoolsupport.poortwachter.basispoort.login;

import java.util.Locale;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/**
 * The school attributes of a tile login do not form a BRIN ({@code PW-BASISPOORT-103}). Refused rather than ignored:
 * the school confines the ECK iD match, and a wrong one must not widen it. The message gives lengths, not values.
 */
public final class BasispoortSchoolInvalidException extends LoginFailedException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    public BasispoortSchoolInvalidException(String detail) {
        super(BasispoortLoginErrorCode.SCHOOL_INVALID, "Basispoort school: " + detail);
    }

    /** Dutch (default) or English, for the error page; no personal data. */
    @Override
    public String userMessage(Locale locale) {
        return BasispoortLoginMessages.text(BasispoortLoginErrorCode.SCHOOL_INVALID, locale);
    }
}
