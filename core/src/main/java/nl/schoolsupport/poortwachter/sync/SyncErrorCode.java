package nl.schoolsupport.poortwachter.sync;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/** Error codes of the directory synchronisation. Documented in {@code docs/basispoort.md}. */
public enum SyncErrorCode implements ErrorCode {
    /** Another run (this node, another node or a {@code sync-now}) holds the lease. */
    ALREADY_RUNNING("PW-SYNC-001"),
    /** The requested school is not known to the sync (never granted permission, or unknown BRIN). */
    UNKNOWN_SCHOOL("PW-SYNC-002"),
    /** The directory marks the school inactive (closed, or merged into another); nothing was imported. */
    SCHOOL_INACTIVE("PW-SYNC-003"),
    /** Accounts of the school were changed concurrently twice in a row; the next run retries. */
    CONCURRENT_CHANGE("PW-SYNC-004"),
    /** A {@link SchoolImportListener} failed after the import was committed. */
    LISTENER_FAILED("PW-SYNC-005"),
    /** Something unexpected failed while importing a school; the exception class is in the log. */
    UNEXPECTED("PW-SYNC-006"),
    /** The directory's data breaks a rule (e.g. two schools under one key); nothing was imported. */
    INVALID_DIRECTORY_DATA("PW-SYNC-007"),
    /** The school withdrew its permission: it is not synchronised and its directory logins are blocked. */
    PERMISSION_WITHDRAWN("PW-SYNC-008");

    private final String code;

    SyncErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
