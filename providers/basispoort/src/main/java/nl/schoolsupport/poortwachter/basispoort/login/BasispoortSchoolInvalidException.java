package nl.schoolsupport.poortwachter.basispoort.login;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/**
 * The school attributes of a tile login do not form a BRIN ({@code PW-BASISPOORT-103}). Refused rather than ignored:
 * the school confines the ECK iD match, and a wrong one must not widen it. The message gives lengths, not values.
 */
public final class BasispoortSchoolInvalidException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public BasispoortSchoolInvalidException(String detail) {
        super(BasispoortLoginErrorCode.SCHOOL_INVALID, "Basispoort school: " + detail);
    }
}
