package nl.schoolsupport.poortwachter.notice;

/** The state of a school's licence as the licence system reports it. */
public enum LicenceStatus {
    /** Paid and running. */
    ACTIVE,
    /** A trial licence; ends at its valid-until date unless converted. */
    TRIAL,
    /** Cancelled by the school: still usable until valid-until, then ends (no renewal). */
    CANCELLED,
    /** Past its end; logins with it are refused. */
    EXPIRED
}
