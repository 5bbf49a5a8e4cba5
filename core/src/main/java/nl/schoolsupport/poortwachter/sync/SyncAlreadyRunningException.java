package nl.schoolsupport.poortwachter.sync;

import java.time.Instant;

/** Another run holds the lease of this directory; at most one run per directory at a time, across nodes. */
public class SyncAlreadyRunningException extends SyncException {

    private static final long serialVersionUID = 1L;

    public SyncAlreadyRunningException(String source, Instant leaseUntil) {
        super(SyncErrorCode.ALREADY_RUNNING, "a " + source + " synchronisation is already running (lease until "
                + leaseUntil + "); wait for it, or for the lease to expire if that run crashed");
    }
}
