package nl.schoolsupport.poortwachter.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/**
 * The nightly synchronisation of a {@link DirectorySource}:
 * <ol>
 * <li>take the run lease (one run per directory at a time, across nodes and {@code sync-now});</li>
 * <li>read the permission feeds since the last successful read (minus an overlap) and apply them;</li>
 * <li>import every school that has permission, each on its own: fetch (no transaction open), then one
 *     transaction that writes the school's changes and its checkpoint together; a failure is recorded in the
 *     school's status and the other schools go on;</li>
 * <li>call the {@link SchoolImportListener}s after each committed import.</li>
 * </ol>
 * A run that died (crash, kill) is resumed by the next run of the same scope within
 * {@link SyncSettings#resumeWindow()}: schools it finished are not fetched again.
 */
public final class SyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);

    private final DirectorySource source;
    private final DirectoryImporter importer;
    private final SyncStatusStore store;
    private final Set<SchoolImportListener> listeners;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    SyncJob(DirectorySource source, DirectoryImporter importer, SyncStatusStore store, Set<SchoolImportListener> listeners,
            SyncSettings settings, Clock clock) {
        this.source = Objects.requireNonNull(source);
        this.importer = Objects.requireNonNull(importer);
        this.store = Objects.requireNonNull(store);
        this.listeners = Set.copyOf(listeners);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    public String source() {
        return source.realmId();
    }

    /** The nightly run: every school with permission. */
    public SyncReport runAll(SyncProgress progress) {
        return run(SyncScope.ALL, progress);
    }

    /**
     * Runs the synchronisation for {@code scope}.
     *
     * @throws SyncAlreadyRunningException when another run holds the lease
     * @throws SyncException ({@link SyncErrorCode#UNKNOWN_SCHOOL}) when a one-school scope matches no school
     */
    public SyncReport run(SyncScope scope, SyncProgress progress) {
        Objects.requireNonNull(scope, "scope");
        SyncProgress out = new SerialProgress(Objects.requireNonNull(progress, "progress"));
        String realm = source.realmId();
        String holder = UUID.randomUUID().toString();
        Instant started = clock.instant();
        Optional<Instant> busyUntil = store.acquireLease(realm, holder, started, started.plus(settings.lease()));
        if (busyUntil.isPresent()) {
            throw new SyncAlreadyRunningException(realm, busyUntil.get());
        }
        try {
            return runLeased(scope, out, holder, started);
        } finally {
            store.releaseLease(realm, holder);
        }
    }

    private SyncReport runLeased(SyncScope scope, SyncProgress progress, String holder, Instant started) {
        String realm = source.realmId();
        Optional<SyncStatusStore.RunRecord> unfinished = store.unfinishedRun(realm, scope.asText());
        String runId;
        boolean resumed = false;
        if (unfinished.isPresent() && unfinished.get().startedAt().plus(settings.resumeWindow()).isAfter(started)) {
            runId = unfinished.get().runId();
            resumed = true;
            LOG.info("Resuming {} sync run {} of {}", realm, runId, unfinished.get().startedAt());
        } else {
            unfinished.ifPresent(old -> {
                LOG.warn("Closing {} sync run {} of {}: unfinished and too old to resume", realm, old.runId(), old.startedAt());
                store.finishRun(old.runId(), "ABANDONED", store.finishedIn(realm, old.runId()).size(), 0, started);
            });
            runId = UUID.randomUUID().toString();
            store.startRun(runId, realm, scope.asText(), started);
        }
        progress.runStarted(runId, resumed);

        Optional<String> feedsError = Optional.empty();
        PermissionChanges applied = new PermissionChanges(Set.of(), Set.of());
        try {
            applied = readFeeds();
            progress.permissionsRead(applied.granted().size(), applied.withdrawn().size());
        } catch (PoortwachterException e) {
            feedsError = Optional.of(e.errorCode().code());
            LOG.warn("Reading the {} permission feeds failed; going on with the schools known to have permission: {}", realm,
                    e.getMessage());
            progress.permissionsFailed(e.errorCode().code(), e.getMessage());
        }

        List<SchoolSyncStatus> planned = worklist(scope);
        Set<String> done = store.finishedIn(realm, runId);
        List<SchoolSyncStatus> todo = planned.stream().filter(s -> !done.contains(s.sourceSchoolId())).toList();
        int skipped = planned.size() - todo.size();
        progress.schoolsPlanned(todo.size(), skipped);

        List<SchoolOutcome> outcomes = importAll(todo, runId, holder, progress);
        int failed = (int) outcomes.stream().filter(o -> !o.succeeded()).count();
        Instant finished = clock.instant();
        String outcome = failed == 0 && feedsError.isEmpty() ? "COMPLETE" : "PARTIAL";
        store.finishRun(runId, outcome, store.finishedIn(realm, runId).size(), failed, finished);
        SyncReport report = new SyncReport(runId, resumed, feedsError, applied.granted().size(), applied.withdrawn().size(),
                skipped, outcomes, Duration.between(started, finished));
        LOG.info("{} sync run {} {}: {} schools imported, {} failed, {} skipped (done before), in {}", realm, runId, outcome,
                report.succeeded(), report.failed(), skipped, report.took());
        progress.runFinished(report);
        return report;
    }

    /** Reads both feeds, settles schools that are in both, applies the result and moves the checkpoint. */
    private PermissionChanges readFeeds() {
        String realm = source.realmId();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate since = store.feedsCheckedOn(realm).map(d -> d.minusDays(settings.feedOverlap())).orElse(settings.initialSince());
        PermissionChanges feeds = source.permissionChangesSince(since);
        Set<String> granted = new TreeSet<>(feeds.granted());
        Set<String> withdrawn = new TreeSet<>(feeds.withdrawn());
        for (String both : feeds.conflicting()) {
            if (source.hasPermission(both)) {
                withdrawn.remove(both);
            } else {
                granted.remove(both);
            }
        }
        PermissionChanges applied = store.applyPermissions(realm, granted, withdrawn, today, clock.instant());
        store.feedsChecked(realm, today);
        LOG.info("{} permission feeds since {}: {} granted, {} withdrawn ({} new grants, {} new withdrawals)", realm, since,
                granted.size(), withdrawn.size(), applied.granted().size(), applied.withdrawn().size());
        return applied;
    }

    private List<SchoolSyncStatus> worklist(SyncScope scope) {
        String realm = source.realmId();
        if (scope instanceof SyncScope.All) {
            return store.permitted(realm);
        }
        List<SchoolSyncStatus> matches;
        if (scope instanceof SyncScope.OneSourceSchool one) {
            matches = store.status(realm, one.sourceSchoolId()).stream().toList();
        } else {
            matches = findByKey(((SyncScope.OneSchool) scope));
        }
        if (matches.isEmpty()) {
            throw new SyncException(SyncErrorCode.UNKNOWN_SCHOOL, "no school " + scope.asText() + " is known to the "
                    + realm + " synchronisation: it has not granted permission (turned the toggle on) yet");
        }
        List<SchoolSyncStatus> permitted = matches.stream().filter(SchoolSyncStatus::permitted).toList();
        if (permitted.isEmpty()) {
            throw new SyncException(SyncErrorCode.PERMISSION_WITHDRAWN, "school " + scope.asText() + " withdrew its "
                    + realm + " synchronisation permission; it is not synchronised until the toggle is on again");
        }
        return permitted;
    }

    /** By key; schools granted but never imported have no key yet, so their details are asked for once. */
    private List<SchoolSyncStatus> findByKey(SyncScope.OneSchool scope) {
        String realm = source.realmId();
        List<SchoolSyncStatus> found = store.statusesOf(realm, scope.key());
        if (!found.isEmpty()) {
            return found;
        }
        for (SchoolSyncStatus unknown : store.permitted(realm)) {
            if (unknown.school().isEmpty()) {
                try {
                    DirectorySchool described = source.describeSchool(unknown.sourceSchoolId());
                    store.describe(realm, unknown.sourceSchoolId(), described.key(), described.name(), clock.instant());
                } catch (PoortwachterException e) {
                    LOG.warn("Could not read the details of {} school {}: {}", realm, unknown.sourceSchoolId(), e.getMessage());
                }
            }
        }
        return store.statusesOf(realm, scope.key());
    }

    private List<SchoolOutcome> importAll(List<SchoolSyncStatus> todo, String runId, String holder, SyncProgress progress) {
        AtomicInteger finished = new AtomicInteger();
        int workers = Math.min(settings.workers(), Math.max(1, todo.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "poortwachter-sync-" + source.realmId());
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<SchoolOutcome>> futures = new LinkedHashMap<>();
            for (SchoolSyncStatus school : todo) {
                futures.put(school.sourceSchoolId(), pool.submit(() -> {
                    SchoolOutcome outcome = importOne(school, runId);
                    store.renewLease(source.realmId(), holder, clock.instant().plus(settings.lease()));
                    progress.schoolFinished(finished.incrementAndGet(), todo.size(), outcome);
                    return outcome;
                }));
            }
            List<SchoolOutcome> outcomes = new ArrayList<>();
            for (Future<SchoolOutcome> future : futures.values()) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Errors (out of memory, a simulated crash) end the run as a crash would; the next run resumes it. */
    private static SchoolOutcome await(Future<SchoolOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while synchronising", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private SchoolOutcome importOne(SchoolSyncStatus school, String runId) {
        String realm = source.realmId();
        String id = school.sourceSchoolId();
        Instant start = clock.instant();
        SchoolImport imported;
        String label;
        try {
            DirectorySnapshot snapshot = source.fetchSchool(id);
            label = snapshot.school().name() + " (" + snapshot.school().key().asText() + ")";
            if (!snapshot.school().sourceSchoolId().equals(id)) {
                throw new SyncException(SyncErrorCode.INVALID_DIRECTORY_DATA, "asked for school " + id + ", the directory "
                        + "answered with school " + snapshot.school().sourceSchoolId());
            }
            if (!snapshot.school().active()) {
                store.describe(realm, id, snapshot.school().key(), snapshot.school().name(), clock.instant());
                throw new SyncException(SyncErrorCode.SCHOOL_INACTIVE, "the directory marks school "
                        + snapshot.school().key().asText() + " inactive (closed or merged into another); nothing was "
                        + "imported and its accounts are kept as they are");
            }
            imported = importer.importSchool(realm, snapshot, runId);
        } catch (PoortwachterException e) {
            return failed(school, runId, start, e.errorCode().code(), e.getMessage(), e);
        } catch (RuntimeException e) {
            // the message of an unknown exception may carry data: keep it out of the status, log the class
            return failed(school, runId, start, SyncErrorCode.UNEXPECTED.code(), "unexpected " + e.getClass().getName()
                    + " while importing; see the log of this run", e);
        }
        Optional<String> warningCode = Optional.empty();
        Optional<String> warning = Optional.empty();
        for (SchoolImportListener listener : listeners) {
            try {
                listener.schoolImported(imported);
            } catch (RuntimeException e) {
                String message = "import committed, but listener " + listener.getClass().getSimpleName() + " failed: "
                        + PoortwachterException.findIn(e).map(p -> p.getMessage()).orElse(e.getClass().getName())
                        + "; it runs again in the next run";
                LOG.warn("{} sync of school {}: {}", realm, imported.school().asText(), message, e);
                warningCode = Optional.of(SyncErrorCode.LISTENER_FAILED.code());
                warning = Optional.of(message);
                store.recordWarning(realm, id, clock.instant(), SyncErrorCode.LISTENER_FAILED.code(), message);
            }
        }
        return new SchoolOutcome(id, label, Optional.of(imported), warningCode, warning,
                Duration.between(start, clock.instant()));
    }

    private SchoolOutcome failed(SchoolSyncStatus school, String runId, Instant start, String code, String message,
            RuntimeException cause) {
        String realm = source.realmId();
        if (school.school().isEmpty()) {
            // a school that never imported has no key yet: ask for its details, so the support page finds it by BRIN
            try {
                DirectorySchool described = source.describeSchool(school.sourceSchoolId());
                store.describe(realm, school.sourceSchoolId(), described.key(), described.name(), clock.instant());
            } catch (RuntimeException e) {
                LOG.debug("{} school {}: details unavailable too ({})", realm, school.sourceSchoolId(), e.toString());
            }
        }
        if (cause instanceof PoortwachterException) {
            LOG.warn("{} sync of school {} failed: {}", realm, school.label(), message);
        } else {
            // the message of a foreign exception may quote data: the class and where it came from, the rest at debug
            StackTraceElement[] trace = cause.getStackTrace();
            LOG.error("{} sync of school {} failed unexpectedly: {} at {}", realm, school.label(), cause.getClass().getName(),
                    trace.length == 0 ? "?" : trace[0]);
            LOG.debug("{} sync of school {}: the unexpected failure", realm, school.label(), cause);
        }
        store.recordFailure(realm, school.sourceSchoolId(), runId, clock.instant(), code, message);
        String label = store.status(realm, school.sourceSchoolId()).map(SchoolSyncStatus::label).orElse(school.label());
        return new SchoolOutcome(school.sourceSchoolId(), label, Optional.empty(), Optional.of(code), Optional.of(message),
                Duration.between(start, clock.instant()));
    }

    /** Hands progress events on one at a time, whatever thread they come from. */
    private static final class SerialProgress implements SyncProgress {
        private final SyncProgress delegate;

        SerialProgress(SyncProgress delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized void runStarted(String runId, boolean resumed) {
            delegate.runStarted(runId, resumed);
        }

        @Override
        public synchronized void permissionsRead(int granted, int withdrawn) {
            delegate.permissionsRead(granted, withdrawn);
        }

        @Override
        public synchronized void permissionsFailed(String errorCode, String message) {
            delegate.permissionsFailed(errorCode, message);
        }

        @Override
        public synchronized void schoolsPlanned(int total, int skipped) {
            delegate.schoolsPlanned(total, skipped);
        }

        @Override
        public synchronized void schoolFinished(int done, int total, SchoolOutcome outcome) {
            delegate.schoolFinished(done, total, outcome);
        }

        @Override
        public synchronized void runFinished(SyncReport report) {
            delegate.runFinished(report);
        }
    }
}
