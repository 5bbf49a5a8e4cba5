package nl.schoolsupport.poortwachter.sync;

import java.util.Objects;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * A school as the directory describes it.
 *
 * @param sourceSchoolId the directory's own id (Basispoort: the institution id)
 * @param key            the school key we store it under (Basispoort: BRIN + dependancecode as BRIN6)
 * @param name           display name
 * @param active         false when the directory marks the school inactive (closed or merged into another)
 */
public record DirectorySchool(String sourceSchoolId, SchoolKey key, String name, boolean active) {

    public DirectorySchool {
        Objects.requireNonNull(sourceSchoolId, "sourceSchoolId");
        Objects.requireNonNull(key, "key");
        name = name == null || name.isBlank() ? key.value() : name.strip();
    }
}
