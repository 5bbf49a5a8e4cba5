package nl.schoolsupport.poortwachter.entree;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/** Entree did not release a required attribute; the app shows a Dutch page with code {@code PW-ENTREE-001}. */
public final class EntreeAttributeMissingException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    private final String attribute;

    public EntreeAttributeMissingException(String attribute, String detail) {
        super(EntreeErrorCode.ATTRIBUTE_MISSING, "Entree attribute " + attribute + ": expected a value, got none (" + detail + ")");
        this.attribute = attribute;
    }

    /** The missing attribute's friendly name (not personal data), for the error page. */
    public String attribute() {
        return attribute;
    }
}
