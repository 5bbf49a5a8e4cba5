package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** The Response Destination is missing or is not our ACS URL. Code {@code PW-SAML-011}. */
public final class DestinationMismatchException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public DestinationMismatchException(String message) {
        super(SamlErrorCode.DESTINATION_MISMATCH, message);
    }

    public DestinationMismatchException(String message, Throwable cause) {
        super(SamlErrorCode.DESTINATION_MISMATCH, message, cause);
    }
}
