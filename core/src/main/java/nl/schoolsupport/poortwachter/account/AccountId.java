package nl.schoolsupport.poortwachter.account;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

/** Opaque, unguessable account identifier (a random UUID, so ids in URLs reveal nothing). */
public record AccountId(UUID value) implements Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId parse(String text) {
        try {
            return new AccountId(UUID.fromString(text.strip()));
        } catch (RuntimeException e) {
            throw new InvalidInputException("account id: expected a UUID, got "
                    + (text == null ? "nothing" : text.length() + " characters that are not one"));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
