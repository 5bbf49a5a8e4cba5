package nl.schoolsupport.poortwachter.basispoort.login;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/**
 * Codes of the Basispoort tile login profile (the SAML checks themselves are {@code PW-SAML-nnn}; the sync client has
 * {@code PW-BASISPOORT-001..011}). Documented in {@code docs/basispoort.md}; texts in {@code BasispoortLoginMessages}.
 */
public enum BasispoortLoginErrorCode implements ErrorCode {
    /** The assertion carries no Basispoort user id where the mapping looks for it. */
    SUBJECT_MISSING("PW-BASISPOORT-101"),
    /** The Basispoort user id is there but unusable (longer than we store, control characters). */
    SUBJECT_INVALID("PW-BASISPOORT-102"),
    /** The school attributes (BRIN, dependancecode) do not form a BRIN. */
    SCHOOL_INVALID("PW-BASISPOORT-103");

    private final String code;

    BasispoortLoginErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
