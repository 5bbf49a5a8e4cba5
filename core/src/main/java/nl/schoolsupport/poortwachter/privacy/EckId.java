package nl.schoolsupport.poortwachter.privacy;

import java.util.Objects;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

/**
 * An ECK iD: the chain pseudonym of a pupil or teacher (e.g. {@code https://ketenid.nl/201703/<hex>}).
 * It is personal data, so {@link #toString()} never shows it; code that really needs the value calls
 * {@link #value()} deliberately. Stored encrypted, looked up by a keyed hash (see {@link DataProtector}).
 */
public final class EckId {

    public static final int MAX_LENGTH = 512;

    private final String value;

    private EckId(String value) {
        this.value = value;
    }

    public static EckId of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("ECK iD: expected a non-empty value");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException("ECK iD: expected at most " + MAX_LENGTH + " characters, got "
                    + trimmed.length());
        }
        return new EckId(trimmed);
    }

    /** Empty or blank input gives no ECK iD (providers leave the attribute out or send it empty). */
    public static java.util.Optional<EckId> ofNullable(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(of(value));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EckId e && e.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "EckId[redacted]";
    }
}
