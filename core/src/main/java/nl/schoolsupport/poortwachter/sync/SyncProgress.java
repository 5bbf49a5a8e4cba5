package nl.schoolsupport.poortwachter.sync;

/**
 * Progress of a run, for the {@code sync-now} command line and logs. Calls arrive one at a time (the job
 * serialises them), possibly from worker threads. Every method has an empty default.
 */
public interface SyncProgress {

    SyncProgress NONE = new SyncProgress() { };

    /** A run starts; {@code resumed} when it continues an unfinished run after a crash. */
    default void runStarted(String runId, boolean resumed) {
    }

    /** The permission feeds were read and applied. */
    default void permissionsRead(int granted, int withdrawn) {
    }

    /** The feeds could not be read; the run goes on with the schools already known to have permission. */
    default void permissionsFailed(String errorCode, String message) {
    }

    /** {@code total} schools are to be synchronised in this run ({@code skipped} were done before a crash). */
    default void schoolsPlanned(int total, int skipped) {
    }

    /** One school is done, successfully or not; {@code done} counts finished schools of {@code total}. */
    default void schoolFinished(int done, int total, SchoolOutcome outcome) {
    }

    default void runFinished(SyncReport report) {
    }
}
