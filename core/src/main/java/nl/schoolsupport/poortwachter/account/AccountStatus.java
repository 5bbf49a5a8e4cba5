package nl.schoolsupport.poortwachter.account;

/** Life cycle of an account. Accounts are never deleted: results stay attached to them. */
public enum AccountStatus {
    ACTIVE,
    /** Left the school (disappeared from the directory); cannot log in, data kept. */
    DEPARTED,
    /** Absorbed by another account in a merge; cannot log in, data kept so the merge can be undone. */
    MERGED
}
