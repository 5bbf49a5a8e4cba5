package nl.schoolsupport.poortwachter.licence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.ContactPerson;

/**
 * What a refusal told about the licence, for the user message: product name, end date, contact person.
 * All optional: the licence service may leave them out.
 */
public record LicenceDetails(String productName, Optional<LocalDate> validUntil, Optional<ContactPerson> contact) {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-BE"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public LicenceDetails {
        Objects.requireNonNull(productName, "productName");
        validUntil = Objects.requireNonNullElse(validUntil, Optional.empty());
        contact = Objects.requireNonNullElse(contact, Optional.empty());
    }

    String dutchDate() {
        return validUntil.map(DUTCH::format).orElse("");
    }

    String englishDate() {
        return validUntil.map(ENGLISH::format).orElse("");
    }

    /** " (Els Vermeulen, els@school.example)" or "". */
    String contactSuffix() {
        return contact.map(c -> " (" + c.name() + c.email().map(e -> ", " + e).orElse("") + ")").orElse("");
    }
}
