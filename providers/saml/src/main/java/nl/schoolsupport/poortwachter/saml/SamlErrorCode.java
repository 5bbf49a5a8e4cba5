package nl.schoolsupport.poortwachter.saml;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/**
 * One stable code per SAML check (pac4j style). Codes appear in logs and on error pages; they never change
 * meaning. Documented in {@code docs/saml.md}.
 */
public enum SamlErrorCode implements ErrorCode {
    /** The HTTP-POST parameters do not carry one well-formed, base64-encoded SAMLResponse of acceptable size. */
    MALFORMED_MESSAGE("PW-SAML-001"),
    /** The decoded message is not well-formed XML. */
    MALFORMED_XML("PW-SAML-002"),
    /** The message carries a DOCTYPE (DTD, entity declarations, XXE, entity expansion): never accepted. */
    DTD_NOT_ALLOWED("PW-SAML-003"),
    /** The message does not validate against the SAML 2.0 protocol/assertion schemas. */
    SCHEMA_INVALID("PW-SAML-004"),
    /** The message is not a SAML 2.0 Response (other root element or version). */
    UNEXPECTED_MESSAGE("PW-SAML-005"),
    /** The message contains XML comments or processing instructions (comment injection, e.g. in NameID). */
    COMMENT_NOT_ALLOWED("PW-SAML-006"),
    /** Two elements carry the same ID value: the classic signature-wrapping set-up. */
    DUPLICATE_ID("PW-SAML-007"),
    /** The Response does not hold exactly one Assertion (plain or encrypted) directly under it, and none elsewhere. */
    ASSERTION_COUNT("PW-SAML-008"),
    /** The IdP answered with a status other than Success. */
    STATUS_NOT_SUCCESS("PW-SAML-009"),
    /** The Issuer of the Response or Assertion is not the IdP entity id from metadata. */
    ISSUER_MISMATCH("PW-SAML-010"),
    /** The Response Destination is missing or is not our ACS URL. */
    DESTINATION_MISMATCH("PW-SAML-011"),
    /** The element that must be signed (by configuration) carries no signature. */
    SIGNATURE_MISSING("PW-SAML-012"),
    /** The signature method is not on the allow-list (RSA-SHA256/384/512, ECDSA-SHA256/384/512); SHA-1, MD5 and HMAC are refused. */
    SIGNATURE_ALGORITHM_NOT_ALLOWED("PW-SAML-013"),
    /** A reference digest is not SHA-256/384/512. */
    DIGEST_ALGORITHM_NOT_ALLOWED("PW-SAML-014"),
    /** A signature transform or canonicalization other than enveloped-signature and exclusive c14n (e.g. XPath, XSLT). */
    TRANSFORM_NOT_ALLOWED("PW-SAML-015"),
    /** The signature does not cover exactly the element being used (wrong or extra references, signature not a direct child). */
    SIGNATURE_REFERENCE("PW-SAML-016"),
    /** The signature value does not verify with any IdP signing key from metadata (content changed after signing). */
    SIGNATURE_INVALID("PW-SAML-017"),
    /** The signature names (KeyInfo) a certificate that is not an IdP signing key from metadata; KeyInfo is never trusted. */
    UNTRUSTED_KEY("PW-SAML-018"),
    /** An EncryptedAssertion could not be decrypted with the SP key, or used a refused algorithm. */
    DECRYPTION_FAILED("PW-SAML-019"),
    /** No bearer SubjectConfirmationData has our ACS URL as Recipient. */
    RECIPIENT_MISMATCH("PW-SAML-020"),
    /** The assertion's AudienceRestriction does not name our SP entity id. */
    AUDIENCE_MISMATCH("PW-SAML-021"),
    /** A NotBefore or IssueInstant lies in the future beyond the allowed clock skew. */
    NOT_YET_VALID("PW-SAML-022"),
    /** A NotOnOrAfter has passed (beyond the clock skew), or an unsolicited response is older than allowed. */
    EXPIRED("PW-SAML-023"),
    /** InResponseTo names no pending AuthnRequest of this realm (unknown, expired or already used). */
    IN_RESPONSE_TO_MISMATCH("PW-SAML-024"),
    /** InResponseTo names a pending request that another browser session started. */
    BROWSER_MISMATCH("PW-SAML-025"),
    /** An unsolicited (IdP-initiated) response reached a realm that only accepts answers to its own requests. */
    UNSOLICITED_NOT_ALLOWED("PW-SAML-026"),
    /** The assertion id was accepted before (replay). */
    REPLAY("PW-SAML-027"),
    /** The assertion has no usable Subject (NameID) or no AuthnStatement. */
    SUBJECT_INVALID("PW-SAML-028"),
    /** The requested return path is not a local path on the allow-list (open redirect). */
    RETURN_PATH_NOT_ALLOWED("PW-SAML-029"),
    /** No valid IdP metadata is loaded (never loaded, or the source failed before a first good copy). */
    METADATA_UNAVAILABLE("PW-SAML-030"),
    /** IdP metadata could not be used: unreadable, unsigned or badly signed when a federation certificate is configured, expired, or without the IdP. */
    METADATA_INVALID("PW-SAML-031"),
    /** A required attribute was not released by the IdP (profiles such as Entree throw their own subclass). */
    ATTRIBUTE_MISSING("PW-SAML-032");

    private final String code;

    SamlErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
