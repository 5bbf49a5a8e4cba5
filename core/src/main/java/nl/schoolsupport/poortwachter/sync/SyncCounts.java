package nl.schoolsupport.poortwachter.sync;

/**
 * Sizes of a school as last imported.
 *
 * @param pupils   pupils present in the directory
 * @param staff    staff present in the directory
 * @param groups   groups
 * @param departed users that were imported once and are gone from the directory now (accounts kept, departed)
 * @param skipped  directory entries not imported: listed twice, or already active at another school
 */
public record SyncCounts(int pupils, int staff, int groups, int departed, int skipped) {

    public static final SyncCounts NONE = new SyncCounts(0, 0, 0, 0, 0);

    public int users() {
        return pupils + staff;
    }
}
