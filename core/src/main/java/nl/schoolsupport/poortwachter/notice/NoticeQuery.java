package nl.schoolsupport.poortwachter.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Which notices are wanted: those active at {@code now}, for everyone plus (when known) one school. On the
 * login page the school is the one the browser remembered from an earlier login, if any.
 */
public record NoticeQuery(Instant now, Optional<SchoolKey> school) {

    public NoticeQuery {
        Objects.requireNonNull(now, "now");
        school = Objects.requireNonNullElse(school, Optional.empty());
    }
}
