package nl.schoolsupport.poortwachter.school;

import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

/** A school: the unit every account belongs to and every merge is confined to. */
public record School(SchoolKey key, String name, Country country, Optional<ContactPerson> administrator) {

    public static final int MAX_NAME_LENGTH = 200;

    public School {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(country, "country");
        administrator = Objects.requireNonNullElse(administrator, Optional.empty());
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            name = key.value();
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("school name: expected at most " + MAX_NAME_LENGTH
                    + " characters, got " + name.length());
        }
    }

    public static School of(SchoolKey key, String name, Country country) {
        return new School(key, name, country, Optional.empty());
    }

    public School withAdministrator(ContactPerson contact) {
        return new School(key, name, country, Optional.ofNullable(contact));
    }
}
