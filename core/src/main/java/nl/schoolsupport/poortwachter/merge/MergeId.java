package nl.schoolsupport.poortwachter.merge;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

/** Identifies one merge (and so what an undo refers to). A random UUID: safe in URLs and forms. */
public record MergeId(UUID value) implements Serializable {

    public MergeId {
        Objects.requireNonNull(value, "value");
    }

    public static MergeId random() {
        return new MergeId(UUID.randomUUID());
    }

    public static MergeId parse(String text) {
        try {
            return new MergeId(UUID.fromString(text.strip()));
        } catch (RuntimeException e) {
            throw new InvalidInputException("merge id: expected a UUID, got "
                    + (text == null ? "nothing" : text.length() + " characters that are not one"));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
