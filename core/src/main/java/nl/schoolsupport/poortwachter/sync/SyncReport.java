package nl.schoolsupport.poortwachter.sync;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a run.
 *
 * @param runId        the run (resumed runs keep their id)
 * @param resumed      whether it continued an unfinished run
 * @param feedsError   the error code when the permission feeds could not be read
 * @param granted      schools newly seen with permission in this run
 * @param withdrawn    schools newly seen without permission in this run
 * @param skipped      schools finished before a crash, not done again
 * @param outcomes     one per school synchronised in this run
 */
public record SyncReport(String runId, boolean resumed, Optional<String> feedsError, int granted, int withdrawn, int skipped,
        List<SchoolOutcome> outcomes, Duration took) {

    public SyncReport {
        Objects.requireNonNull(runId, "runId");
        feedsError = Objects.requireNonNullElse(feedsError, Optional.empty());
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(took, "took");
    }

    public long succeeded() {
        return outcomes.stream().filter(SchoolOutcome::succeeded).count();
    }

    public long failed() {
        return outcomes.size() - succeeded();
    }

    /** True when the feeds were read and every school was imported. */
    public boolean complete() {
        return feedsError.isEmpty() && failed() == 0;
    }
}
