package nl.schoolsupport.poortwachter.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one school in a run: imported (with counts and what changed) or failed (with a code).
 *
 * @param label      name and key of the school, for progress lines
 * @param imported   the import, when it succeeded
 * @param errorCode  the error code, when it failed (or when a listener failed after a successful import)
 * @param error      the message, without personal data
 */
public record SchoolOutcome(String sourceSchoolId, String label, Optional<SchoolImport> imported, Optional<String> errorCode,
        Optional<String> error, Duration took) {

    public SchoolOutcome {
        Objects.requireNonNull(sourceSchoolId, "sourceSchoolId");
        Objects.requireNonNull(label, "label");
        imported = Objects.requireNonNullElse(imported, Optional.empty());
        errorCode = Objects.requireNonNullElse(errorCode, Optional.empty());
        error = Objects.requireNonNullElse(error, Optional.empty());
        Objects.requireNonNull(took, "took");
    }

    public boolean succeeded() {
        return imported.isPresent();
    }

    /** One line for a terminal: "OBS De Regenboog (BRIN:12AB00): 7 pupils, 3 staff, 3 groups, 1 departed". */
    public String summary() {
        if (imported.isPresent()) {
            SchoolImport i = imported.get();
            SyncCounts c = i.counts();
            String changes = i.changedAccounts() ? String.format(", changes: +%d ~%d ↺%d -%d", i.created().size(),
                    i.updated().size(), i.reactivated().size(), i.departed().size()) : ", no changes";
            String warning = errorCode.map(code -> " (" + code + " " + error.orElse("") + ")").orElse("");
            return label + ": " + c.pupils() + " pupils, " + c.staff() + " staff, " + c.groups() + " groups, " + c.departed()
                    + " departed" + changes + warning;
        }
        return label + ": FAILED " + errorCode.orElse("?") + " " + error.orElse("");
    }
}
