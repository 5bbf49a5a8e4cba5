package nl.schoolsupport.poortwachter.sync;

import java.util.Set;
import java.util.TreeSet;

/**
 * The permission feeds: directory ids of schools that granted (turned the publisher toggle on) and that
 * withdrew permission since a date. A school in both changed its mind; {@link DirectorySource#hasPermission}
 * decides.
 */
public record PermissionChanges(Set<String> granted, Set<String> withdrawn) {

    public PermissionChanges {
        granted = granted == null ? Set.of() : Set.copyOf(granted);
        withdrawn = withdrawn == null ? Set.of() : Set.copyOf(withdrawn);
    }

    /** Schools that appear in both feeds, sorted. */
    public Set<String> conflicting() {
        Set<String> both = new TreeSet<>(granted);
        both.retainAll(withdrawn);
        return both;
    }
}
