package nl.schoolsupport.poortwachter.sync;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Why a directory user has no account yet, with the school's checklist for the helpdesk when the school is known. */
public record UnknownUserExplanation(UnknownUserReason reason, Optional<TileChecklist> checklist) {

    public UnknownUserExplanation {
        Objects.requireNonNull(reason, "reason");
        checklist = Objects.requireNonNullElse(checklist, Optional.empty());
    }

    public String text(Locale locale) {
        return reason.text(locale);
    }
}
