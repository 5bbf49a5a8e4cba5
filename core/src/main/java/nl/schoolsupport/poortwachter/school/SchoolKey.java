package nl.schoolsupport.poortwachter.school;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

/**
 * Identifies a school. The text form {@code TYPE:VALUE} (e.g. {@code BRIN:12AB00}) is what the store keeps,
 * so a Flemish instellingsnummer can never collide with a licence code of the same digits.
 *
 * <p>BRIN is validated loosely on purpose ({@code ^[0-9A-Z]{4}([0-9]{2})?$}): DUO calls the first four
 * characters alphanumeric, and rejecting a real school is worse than accepting an odd code.
 */
public record SchoolKey(SchoolKeyType type, String value) implements java.io.Serializable {

    private static final Pattern BRIN = Pattern.compile("[0-9A-Z]{4}([0-9]{2})?");
    private static final Pattern FLEMISH_INSTITUTION = Pattern.compile("[0-9]{6}");
    private static final Pattern LICENCE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public SchoolKey {
        Objects.requireNonNull(type, "type");
        if (value == null) {
            throw new InvalidInputException("school key of type " + type + ": expected a value, got none");
        }
        value = value.strip();
        if (type == SchoolKeyType.BRIN) {
            value = value.toUpperCase(Locale.ROOT);
        }
        Pattern rule = switch (type) {
            case BRIN -> BRIN;
            case FLEMISH_INSTITUTION -> FLEMISH_INSTITUTION;
            case LICENCE_CODE -> LICENCE_CODE;
        };
        if (!rule.matcher(value).matches()) {
            throw new InvalidInputException("school key of type " + type + ": expected " + rule.pattern()
                    + ", got " + value.length() + " characters that do not match");
        }
    }

    public static SchoolKey brin(String brin) {
        return new SchoolKey(SchoolKeyType.BRIN, brin);
    }

    public static SchoolKey flemishInstitution(String instellingsnummer) {
        return new SchoolKey(SchoolKeyType.FLEMISH_INSTITUTION, instellingsnummer);
    }

    public static SchoolKey licenceCode(String code) {
        return new SchoolKey(SchoolKeyType.LICENCE_CODE, code);
    }

    /** Parses the text form {@code TYPE:VALUE}; a bare BRIN-like value is read as a BRIN. */
    public static SchoolKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("school key: expected TYPE:VALUE or a BRIN, got nothing");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return brin(text);
        }
        String typeName = text.substring(0, colon).strip().toUpperCase(Locale.ROOT);
        SchoolKeyType type;
        try {
            type = SchoolKeyType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("school key: unknown type '" + typeName + "', expected one of "
                    + java.util.Arrays.toString(SchoolKeyType.values()));
        }
        return new SchoolKey(type, text.substring(colon + 1));
    }

    /** The first four characters of a BRIN (the institution without vestiging); empty for other types. */
    public java.util.Optional<String> brin4() {
        return type == SchoolKeyType.BRIN ? java.util.Optional.of(value.substring(0, 4)) : java.util.Optional.empty();
    }

    public String asText() {
        return type.name() + ":" + value;
    }

    @Override
    public String toString() {
        return asText();
    }
}
