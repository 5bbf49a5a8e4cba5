package nl.schoolsupport.poortwachter.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.lifecycle.Startable;

/**
 * Runs {@link SyncJob#runAll} every night at {@link SyncSchedule}'s time. Started and stopped through the
 * {@code Lifecycle}; bound by {@link NightlySyncModule}. On several nodes, each schedules the run and the lease
 * lets one of them do it; the others log that it is already running.
 */
public final class NightlySync implements Startable {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySync.class);

    private final SyncJob job;
    private final SyncSchedule schedule;
    private final Clock clock;
    private ScheduledExecutorService timer;

    @Inject
    public NightlySync(SyncJob job, SyncSchedule schedule, Clock clock) {
        this.job = Objects.requireNonNull(job);
        this.schedule = Objects.requireNonNull(schedule);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "poortwachter-nightly-sync");
            t.setDaemon(true);
            return t;
        });
        scheduleNext();
    }

    /** When the next run starts, for the support page. */
    public Instant nextRun() {
        return schedule.nextAfter(clock.instant());
    }

    private synchronized void scheduleNext() {
        if (timer == null) {
            return;
        }
        Duration delay = schedule.delayAfter(clock.instant());
        LOG.info("Next {} synchronisation at {} ({})", job.source(), schedule.nextAfter(clock.instant()), schedule.zone());
        timer.schedule(this::runOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            job.runAll(SyncProgress.NONE);
        } catch (SyncAlreadyRunningException e) {
            LOG.info("Nightly {} synchronisation skipped: {}", job.source(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Nightly {} synchronisation failed", job.source(), e);
        } finally {
            scheduleNext();
        }
    }

    @Override
    public int startOrder() {
        return 500;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
