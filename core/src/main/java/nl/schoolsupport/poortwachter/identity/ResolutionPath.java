package nl.schoolsupport.poortwachter.identity;

/** How an external identity found its account; logged and shown to support staff. */
public enum ResolutionPath {
    /** (realm, subject) was already linked. */
    LINKED,
    /** Not linked yet, but an account with the same ECK iD exists at the same school: linked now. */
    ECK_ID,
    /** Nothing matched; the realm's policy created the account (and perhaps the school). */
    PROVISIONED
}
