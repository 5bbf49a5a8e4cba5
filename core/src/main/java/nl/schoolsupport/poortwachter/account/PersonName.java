package nl.schoolsupport.poortwachter.account;

import java.io.Serializable;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

/**
 * A Dutch-shaped name: first name, infix (tussenvoegsel, "van der") and last name. Parts are trimmed and
 * inner whitespace collapsed; case and diacritics are kept exactly as given (Zoë Çelik stays Zoë Çelik).
 */
public record PersonName(String first, String infix, String last) implements Serializable {

    public static final int MAX_PART_LENGTH = 200;

    public PersonName {
        first = clean("first name", first);
        infix = clean("infix", infix);
        last = clean("last name", last);
    }

    public static PersonName of(String first, String infix, String last) {
        return new PersonName(first, infix, last);
    }

    private static String clean(String part, String value) {
        if (value == null) {
            return "";
        }
        String cleaned = value.strip().replaceAll("\\s+", " ");
        if (cleaned.length() > MAX_PART_LENGTH) {
            throw new InvalidInputException(part + ": expected at most " + MAX_PART_LENGTH + " characters, got "
                    + cleaned.length());
        }
        if (cleaned.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidInputException(part + ": control characters are not allowed");
        }
        return cleaned;
    }

    /** "Daan van der Berg". */
    public String displayName() {
        StringBuilder sb = new StringBuilder(first);
        for (String part : new String[] {infix, last}) {
            if (!part.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }

    /** "Berg, Daan van der": the order Dutch school lists sort by. */
    public String sortName() {
        String tail = (first + (infix.isEmpty() ? "" : " " + infix)).strip();
        return tail.isEmpty() ? last : last + ", " + tail;
    }

    public boolean isBlank() {
        return first.isEmpty() && last.isEmpty();
    }
}
