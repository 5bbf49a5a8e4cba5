package nl.schoolsupport.poortwachter.account;

/** Duties on top of a teacher's role; each grants extra permissions (see {@code shiro.PoortwachterPermissions}). */
public enum AccountFlag {
    /** ICT coordinator: merges accounts, sees the Basispoort sync status. */
    ICT_COORDINATOR,
    /** The school's licence contact person / administrator. */
    SCHOOL_ADMINISTRATOR
}
