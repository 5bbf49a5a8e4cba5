package nl.schoolsupport.poortwachter.school;

import java.util.Objects;
import java.util.Optional;

/** The school's administrator (contact person, "beheerder"), shown to teachers after login. */
public record ContactPerson(String name, Optional<String> email) {

    public ContactPerson {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        email = Objects.requireNonNullElse(email, Optional.<String>empty()).map(String::strip).filter(e -> !e.isEmpty());
    }

    public static ContactPerson of(String name, String email) {
        return new ContactPerson(name, Optional.ofNullable(email));
    }
}
