package nl.schoolsupport.poortwachter.sync;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * The answer to "the Bareka tile is not visible" for one school: is the toggle on, since when, when was the last
 * synchronisation, how many users came in, did the last attempt fail.
 *
 * @param school    the school asked about
 * @param statuses  the directory's records of it (normally one; two institutions may share a BRIN6)
 * @param items     the checklist, in order
 */
public record TileChecklist(SchoolKey school, List<SchoolSyncStatus> statuses, List<ChecklistItem> items) {

    public TileChecklist {
        Objects.requireNonNull(school, "school");
        statuses = List.copyOf(statuses);
        items = List.copyOf(items);
    }

    /** The worst verdict: OK means every answer is fine. */
    public Verdict overall() {
        return items.stream().map(ChecklistItem::verdict).max(Comparator.naturalOrder()).orElse(Verdict.OK);
    }

    public Optional<ChecklistItem> item(ChecklistItem.Check check) {
        return items.stream().filter(i -> i.check() == check).findFirst();
    }
}
