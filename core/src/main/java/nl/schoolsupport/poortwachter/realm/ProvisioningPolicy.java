package nl.schoolsupport.poortwachter.realm;

/** What core does with an identity that is not linked to any account yet (and matches no ECK iD). */
public enum ProvisioningPolicy {
    /** Create the school (if unknown) and the account, then link. Entree's "no new account needed". */
    AUTO,
    /** Create the account only if the school is already known. */
    KNOWN_SCHOOLS,
    /** Never create: the account must come from a directory sync (Basispoort). Unknown users are refused. */
    DIRECTORY_ONLY,
    /** Never create: the identity must have been linked when the credentials were issued (pupil codes). */
    LINKED_ONLY
}
