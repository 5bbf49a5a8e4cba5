package nl.schoolsupport.poortwachter.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Read side for the support page and for login pages: every school's status, one school's status, the
 * "why is the tile not visible" checklist, and why a directory user has no account yet.
 */
public final class SyncStatusService {

    /** A school whose last successful synchronisation is older than this gets a warning. */
    static final Duration STALE_AFTER = Duration.ofHours(48);

    private final DirectorySource source;
    private final SyncStatusStore store;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public SyncStatusService(DirectorySource source, SyncStatusStore store, SyncSettings settings, Clock clock) {
        this.source = Objects.requireNonNull(source);
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The directory this service reports on (its realm id, e.g. {@code basispoort}). */
    public String source() {
        return source.realmId();
    }

    /** All schools the directory told us about, by name. */
    public List<SchoolSyncStatus> statuses() {
        return store.statuses(source.realmId());
    }

    public Optional<SchoolSyncStatus> status(String sourceSchoolId) {
        return store.status(source.realmId(), sourceSchoolId);
    }

    /** The records of one school (BRIN6, or BRIN4 for all its vestigingen). */
    public List<SchoolSyncStatus> statusesOf(SchoolKey school) {
        return store.statusesOf(source.realmId(), school);
    }

    /** When the permission feeds were last read completely. */
    public Optional<LocalDate> feedsCheckedOn() {
        return store.feedsCheckedOn(source.realmId());
    }

    /** Whether logins of the directory's realm are blocked at this school (it withdrew permission). */
    public boolean blocked(SchoolKey school) {
        return store.blocked(source.realmId(), school);
    }

    /** The checklist for "the tile is not visible" at this school. */
    public TileChecklist checklist(SchoolKey school) {
        List<SchoolSyncStatus> statuses = statusesOf(school);
        // with two records for one school, the one with permission (and the latest success) is what users see
        Optional<SchoolSyncStatus> main = statuses.stream().max(Comparator
                .comparing(SchoolSyncStatus::permitted)
                .thenComparing(s -> s.lastSuccessAt().orElse(Instant.EPOCH)));
        return new TileChecklist(school, statuses, items(main));
    }

    private List<ChecklistItem> items(Optional<SchoolSyncStatus> found) {
        List<ChecklistItem> items = new ArrayList<>();
        if (found.isEmpty()) {
            items.add(item(ChecklistItem.Check.PERMISSION, Verdict.PROBLEM, "permission.none"));
            return items;
        }
        SchoolSyncStatus s = found.get();
        if (!s.permitted()) {
            items.add(item(ChecklistItem.Check.PERMISSION, Verdict.PROBLEM, "permission.withdrawn", date(s.permissionWithdrawnOn())));
            return items;
        }
        items.add(item(ChecklistItem.Check.PERMISSION, Verdict.OK, "permission.granted", date(s.permissionGrantedOn())));
        if (s.lastSuccessAt().isEmpty()) {
            if (s.lastAttemptAt().isEmpty()) {
                items.add(item(ChecklistItem.Check.SYNCHRONISED, Verdict.WAITING, "sync.pending", date(s.permissionGrantedOn())));
            } else {
                items.add(item(ChecklistItem.Check.SYNCHRONISED, Verdict.PROBLEM, "sync.never", time(s.lastAttemptAt().get()),
                        s.lastErrorCode().orElse("-")));
            }
            return items;
        }
        Instant success = s.lastSuccessAt().get();
        if (success.plus(STALE_AFTER).isBefore(clock.instant())) {
            items.add(item(ChecklistItem.Check.SYNCHRONISED, Verdict.WARNING, "sync.stale", time(success)));
        } else {
            items.add(item(ChecklistItem.Check.SYNCHRONISED, Verdict.OK, "sync.done", time(success)));
        }
        SyncCounts counts = s.counts();
        if (counts.users() == 0) {
            items.add(item(ChecklistItem.Check.USERS, Verdict.WARNING, "users.none"));
        } else {
            items.add(item(ChecklistItem.Check.USERS, Verdict.OK, "users.count", counts.pupils(), counts.staff(),
                    counts.groups(), counts.departed()));
        }
        if (s.lastErrorCode().isPresent()) {
            if (s.lastAttemptFailed()) {
                items.add(item(ChecklistItem.Check.LAST_ERROR, Verdict.WARNING, "error.attempt",
                        time(s.lastAttemptAt().orElseThrow()), s.lastErrorCode().get(), time(success)));
            } else {
                items.add(item(ChecklistItem.Check.LAST_ERROR, Verdict.WARNING, "error.listener", s.lastErrorCode().get()));
            }
        } else {
            items.add(item(ChecklistItem.Check.LAST_ERROR, Verdict.OK, "error.none"));
        }
        return items;
    }

    /**
     * For a login of the directory's realm that found no account (a {@code NotProvisionedException}): why, so the
     * page can say "your school's data has not been synchronised yet" instead of failing.
     *
     * @param school the school the login named, if it named one (a BRIN4 or BRIN6 key)
     */
    public UnknownUserExplanation explainUnknownUser(Optional<SchoolKey> school) {
        if (school.isEmpty()) {
            return new UnknownUserExplanation(UnknownUserReason.SCHOOL_NOT_SAID, Optional.empty());
        }
        TileChecklist checklist = checklist(school.get());
        Optional<SchoolSyncStatus> main = checklist.statuses().stream().filter(SchoolSyncStatus::permitted)
                .max(Comparator.comparing(s -> s.lastSuccessAt().orElse(Instant.EPOCH)));
        UnknownUserReason reason;
        if (checklist.statuses().isEmpty()) {
            reason = UnknownUserReason.NO_PERMISSION;
        } else if (main.isEmpty()) {
            reason = UnknownUserReason.PERMISSION_WITHDRAWN;
        } else if (main.get().lastSuccessAt().isEmpty()) {
            reason = UnknownUserReason.NOT_YET_SYNCHRONISED;
        } else {
            reason = UnknownUserReason.NOT_IN_LAST_SYNCHRONISATION;
        }
        return new UnknownUserExplanation(reason, Optional.of(checklist));
    }

    private static ChecklistItem item(ChecklistItem.Check check, Verdict verdict, String key, Object... arguments) {
        return new ChecklistItem(check, verdict, key, List.of(arguments));
    }

    private Object date(Optional<LocalDate> date) {
        return date.<Object>map(d -> d).orElse("?");
    }

    private ZonedDateTime time(Instant instant) {
        return instant.atZone(settings.zone());
    }
}
