package nl.schoolsupport.poortwachter.entree;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/** Entree profile codes (the SAML checks themselves are {@code PW-SAML-nnn}). Documented in {@code docs/entree.md}. */
public enum EntreeErrorCode implements ErrorCode {
    /** A required attribute (uid/NameID, eduPersonAffiliation, school BRIN) was not released. */
    ATTRIBUTE_MISSING("PW-ENTREE-001"),
    /** eduPersonAffiliation holds no role we serve (only e.g. {@code affiliate}). */
    ROLE_NOT_SUPPORTED("PW-ENTREE-002"),
    /** The school attribute is not a BRIN (4 or 6 characters). */
    SCHOOL_INVALID("PW-ENTREE-003");

    private final String code;

    EntreeErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
