package nl.schoolsupport.poortwachter.sync;

import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Which schools a run covers: every school with permission (the nightly run), or one school by BRIN
 * ({@code sync-now --school 12AB00}) or by the directory's id. A one-school run reads the permission feeds
 * too, so a school that turned the toggle on today can be synchronised right away.
 */
public sealed interface SyncScope {

    SyncScope ALL = new All();

    static SyncScope school(SchoolKey key) {
        return new OneSchool(key);
    }

    /** {@code sync-now --school BRIN}: a BRIN4 matches when exactly one synced school carries it. */
    static SyncScope brin(String brin) {
        return new OneSchool(SchoolKey.brin(brin));
    }

    static SyncScope sourceSchool(String sourceSchoolId) {
        return new OneSourceSchool(sourceSchoolId);
    }

    /** Stored with a run, so a resumed run continues the same scope only. */
    String asText();

    record All() implements SyncScope {
        @Override
        public String asText() {
            return "ALL";
        }
    }

    record OneSchool(SchoolKey key) implements SyncScope {
        public OneSchool {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String asText() {
            return "SCHOOL:" + key.asText();
        }
    }

    record OneSourceSchool(String sourceSchoolId) implements SyncScope {
        public OneSourceSchool {
            Objects.requireNonNull(sourceSchoolId, "sourceSchoolId");
        }

        @Override
        public String asText() {
            return "SOURCE:" + sourceSchoolId;
        }
    }

    default Optional<SchoolKey> schoolKey() {
        return this instanceof OneSchool one ? Optional.of(one.key()) : Optional.empty();
    }
}
