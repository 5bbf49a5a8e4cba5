package nl.schoolsupport.poortwachter.entree;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/** The school attribute is not a BRIN (4 or 6 characters). Code {@code PW-ENTREE-003}. */
public final class EntreeSchoolInvalidException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public EntreeSchoolInvalidException(String attribute, int length) {
        super(EntreeErrorCode.SCHOOL_INVALID, "Entree " + attribute + ": expected a BRIN of 4 or 6 letters/digits, got a value of "
                + length + " characters that is not one");
    }
}
