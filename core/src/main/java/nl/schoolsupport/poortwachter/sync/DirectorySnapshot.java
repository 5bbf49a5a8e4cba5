package nl.schoolsupport.poortwachter.sync;

import java.util.List;
import java.util.Objects;

/**
 * One school, complete: details, groups, pupils and staff, as read in one go. Users listed twice (in both
 * lists, or twice in one) are imported once; {@link SyncJob} counts the extra entries as skipped.
 */
public record DirectorySnapshot(DirectorySchool school, List<DirectoryGroup> groups, List<DirectoryUser> pupils,
        List<DirectoryUser> staff) {

    public DirectorySnapshot {
        Objects.requireNonNull(school, "school");
        groups = List.copyOf(groups);
        pupils = List.copyOf(pupils);
        staff = List.copyOf(staff);
    }
}
