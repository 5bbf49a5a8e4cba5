package nl.schoolsupport.poortwachter.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * What the licence system last said about one school's licence for one product: the facts licence notices
 * and the teacher home page are computed from. Dates are calendar dates in the licence system's zone.
 *
 * @param validUntil   last day the licence may be used (inclusive)
 * @param autoRenewal  the licence renews by itself for the next school year
 * @param cancelBefore the date before which the school must cancel to stop the renewal (e.g. 1 August)
 * @param contact      the school's licence administrator (contact person)
 * @param observedAt   when the licence system said so
 */
public record SchoolLicence(SchoolKey school, String schoolName, String product, String productName, LicenceStatus status,
        LocalDate validUntil, boolean autoRenewal, Optional<LocalDate> cancelBefore, Optional<ContactPerson> contact,
        Instant observedAt) {

    public SchoolLicence {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(observedAt, "observedAt");
        product = product.strip();
        if (product.isEmpty() || product.length() > 64) {
            throw new IllegalArgumentException("product: expected 1..64 characters, got " + product.length());
        }
        schoolName = schoolName == null || schoolName.isBlank() ? school.value() : schoolName.strip();
        productName = productName == null || productName.isBlank() ? product : productName.strip();
        cancelBefore = Objects.requireNonNullElse(cancelBefore, Optional.empty());
        contact = Objects.requireNonNullElse(contact, Optional.empty());
    }

    /** Expired by status or by date. */
    public boolean isExpiredOn(LocalDate today) {
        return status == LicenceStatus.EXPIRED || today.isAfter(validUntil);
    }

    /**
     * One line for the teacher home page, e.g. "Actief tot en met 31 juli 2026; wordt automatisch verlengd (opzeggen
     * vóór 1 augustus 2026)". Dutch unless {@code locale} is English.
     */
    public String statusText(Locale locale, LocalDate today) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", en ? Locale.ENGLISH : Locale.forLanguageTag("nl-BE"));
        String until = f.format(validUntil);
        if (isExpiredOn(today)) {
            return en ? "Expired on " + until : "Verlopen op " + until;
        }
        if (status == LicenceStatus.CANCELLED) {
            return en ? "Cancelled; usable until " + until : "Opgezegd; te gebruiken tot en met " + until;
        }
        String start = status == LicenceStatus.TRIAL ? (en ? "Trial licence until " : "Proeflicentie tot en met ")
                : (en ? "Active until " : "Actief tot en met ");
        if (!renewsAutomatically()) {
            return start + until + (en ? "; does not renew automatically" : "; wordt niet automatisch verlengd");
        }
        String deadline = cancelBefore.map(f::format).orElse(null);
        return start + until + (en ? "; renews automatically" : "; wordt automatisch verlengd")
                + (deadline == null ? "" : en ? " (cancel before " + deadline + ")" : " (opzeggen vóór " + deadline + ")");
    }

    /** Whether it will run on after {@link #validUntil()} without anyone acting. */
    public boolean renewsAutomatically() {
        return autoRenewal && status != LicenceStatus.CANCELLED && status != LicenceStatus.EXPIRED;
    }
}
