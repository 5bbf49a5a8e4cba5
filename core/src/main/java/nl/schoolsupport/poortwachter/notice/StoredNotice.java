package nl.schoolsupport.poortwachter.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A notice from the notices table with its bookkeeping, for the admin screen. */
public record StoredNotice(Notice notice, Optional<Instant> retiredAt, Instant createdAt, Instant updatedAt) {

    public StoredNotice {
        Objects.requireNonNull(notice, "notice");
        retiredAt = Objects.requireNonNullElse(retiredAt, Optional.empty());
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isRetired() {
        return retiredAt.isPresent();
    }
}
