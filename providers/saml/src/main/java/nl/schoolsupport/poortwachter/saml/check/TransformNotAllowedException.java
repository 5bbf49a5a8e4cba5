package nl.schoolsupport.poortwachter.saml.check;

import nl.schoolsupport.poortwachter.saml.SamlErrorCode;

/** A signature transform or canonicalization other than enveloped-signature and exclusive c14n (e.g. XPath, XSLT). Code {@code PW-SAML-015}. */
public final class TransformNotAllowedException extends SamlCheckException {

    private static final long serialVersionUID = 1L;

    public TransformNotAllowedException(String message) {
        super(SamlErrorCode.TRANSFORM_NOT_ALLOWED, message);
    }

    public TransformNotAllowedException(String message, Throwable cause) {
        super(SamlErrorCode.TRANSFORM_NOT_ALLOWED, message, cause);
    }
}
