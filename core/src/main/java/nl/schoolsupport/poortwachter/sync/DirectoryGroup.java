package nl.schoolsupport.poortwachter.sync;

import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

/**
 * A class ("groep 5b") of a school.
 *
 * @param key       the directory's key of the group (Basispoort: the LAS key), unique within the school
 * @param name      the name teachers and pupils know, stored as the account's group
 * @param yearGroup the year ("jaargroep", 1..8), if given
 */
public record DirectoryGroup(String key, String name, Optional<String> yearGroup) {

    /** Matches the width of {@code pw_account.group_name}. */
    public static final int MAX_NAME_LENGTH = 100;

    public DirectoryGroup {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("group: expected a key, got none");
        }
        key = key.strip();
        if (key.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("group key: expected at most " + MAX_NAME_LENGTH + " characters, got " + key.length());
        }
        name = name == null || name.isBlank() ? key : name.strip().replaceAll("\\s+", " ");
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("group name: expected at most " + MAX_NAME_LENGTH + " characters, got "
                    + name.length());
        }
        yearGroup = Objects.requireNonNullElse(yearGroup, Optional.<String>empty()).map(String::strip)
                .filter(y -> !y.isEmpty());
    }
}
