package nl.schoolsupport.poortwachter.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * One message for the login page or the teacher home page.
 *
 * @param id         stable id, unique over all sources (sources prefix theirs, e.g. {@code licence:...})
 * @param validFrom  shown from this instant on (inclusive)
 * @param validUntil shown until this instant (exclusive); empty: until retired
 * @param school     shown only for this school; empty: for everyone (never put school data in such a notice)
 */
public record Notice(String id, NoticeKind kind, NoticeSeverity severity, LocalizedText title, LocalizedText body,
        Instant validFrom, Optional<Instant> validUntil, Optional<SchoolKey> school) {

    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_BODY_LENGTH = 4000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    public Notice {
        if (id == null || id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw invalid("id: expected 1.." + MAX_ID_LENGTH + " characters of A-Z a-z 0-9 . _ : - (starting with a letter"
                    + " or digit), got " + (id == null ? "nothing" : "'" + abbreviate(id) + "'"));
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(validFrom, "validFrom");
        validUntil = Objects.requireNonNullElse(validUntil, Optional.empty());
        school = Objects.requireNonNullElse(school, Optional.empty());
        requireText(id, "title", title, MAX_TITLE_LENGTH);
        requireText(id, "body", body, MAX_BODY_LENGTH);
        if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
            throw invalid("notice " + id + ": valid-until " + validUntil.get() + " must be after valid-from " + validFrom);
        }
    }

    /** Whether the notice is to be shown at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return !validFrom.isAfter(now) && validUntil.map(now::isBefore).orElse(true);
    }

    /** Whether the notice is meant for an audience that belongs to {@code audience} (or to no known school). */
    public boolean isFor(Optional<SchoolKey> audience) {
        return school.isEmpty() || school.equals(audience);
    }

    private static void requireText(String id, String field, LocalizedText text, int max) {
        if (text.nl().isEmpty()) {
            throw invalid("notice " + id + ": " + field + " (Dutch) must not be blank");
        }
        if (text.nl().length() > max || text.en().length() > max) {
            throw invalid("notice " + id + ": " + field + " must be at most " + max + " characters per language, got "
                    + Math.max(text.nl().length(), text.en().length()));
        }
    }

    private static NoticeException invalid(String message) {
        return new NoticeException(NoticeErrorCode.INVALID_NOTICE, message);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
