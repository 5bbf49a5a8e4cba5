package nl.schoolsupport.poortwachter.saml;

/**
 * Which signatures a response must carry. Any signature that is present is always verified; this says which
 * must be present. The default, {@link #ASSERTION}, follows the SAML Web SSO profile and DESIGN §4.
 */
public enum SignatureRequirement {
    /** The Assertion must be signed (a Response signature is verified when present). */
    ASSERTION,
    /** The Response must be signed (it then covers the Assertion). */
    RESPONSE,
    /** At least one of the two. */
    EITHER,
    /** Both. */
    BOTH
}
